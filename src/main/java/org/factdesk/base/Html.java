package org.factdesk.base;

import org.jspecify.annotations.Nullable;

/** Escaping for HTML: everything a user typed is text, never markup. */
public final class Html {

    private Html() {
    }

    public static String escape(@Nullable String s) {
        if (s == null) {
            return "";
        }
        var sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A link only for http and https addresses; anything else is shown as text. */
    public static String link(@Nullable String url, String label) {
        if (url == null) {
            return escape(label);
        }
        var lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return escape(label);
        }
        return "<a href=\"" + escape(url.strip()) + "\" rel=\"noopener noreferrer nofollow\">" + escape(label) + "</a>";
    }
}
