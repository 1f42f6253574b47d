package org.factdesk.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a web address a person typed: http or https, with a host, at most 2,000 characters. What is
 * wrong is said in words a person can act on ("Enter a web address starting with http:// or https://"),
 * never the parser's ("Illegal character in path at index 5"); each door turns it into its own field error.
 */
public final class WebAddress {

    public static final int MAX_LENGTH = 2_000;
    public static final String ENTER = "Enter a web address starting with http:// or https://";

    private WebAddress() {
    }

    /** The address, or why it is none (the message of an {@link IllegalArgumentException}). */
    public static URI parse(@Nullable String typed) {
        var trimmed = typed == null ? "" : typed.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(ENTER);
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A web address has at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(ENTER + (trimmed.contains(" ") ? " (a web address has no spaces)" : ""));
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(scheme.isEmpty() ? ENTER : ENTER + ", not " + scheme + ":");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException(ENTER + " and a host name, such as https://example.org/page");
        }
        return uri;
    }
}
