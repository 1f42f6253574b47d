package org.factdesk.match;

import java.util.regex.Pattern;

/**
 * The words of a claim as it is matched: what a post or a pasted claim carries that is not the claim
 * (links, @handles, a post's closing signature "— Name (@handle) Date", HTML entities) is removed, and
 * hashtags are read as words ("#BlackLivesMatter" as "Black Lives Matter").
 */
public final class QueryText {

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+");
    /** A post's signature at its end: a dash, the author's name, (@handle), and a date. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\s*[—–-]{1,2}\\s*[^—–\\n]{0,80}\\(@\\w{1,30}\\)\\s*[A-Z][a-z]+\\.? \\d{1,2}, \\d{4}\\s*$");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@(\\w{1,30})");
    private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\\d)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private QueryText() {
    }

    public static String clean(String text) {
        var s = SIGNATURE.matcher(text).replaceFirst("");
        s = URL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        s = HASHTAG.matcher(s).replaceAll(m -> CAMEL.matcher(m.group(1)).replaceAll(" "));
        s = s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }
}
