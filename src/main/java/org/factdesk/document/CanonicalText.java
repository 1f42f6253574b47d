package org.factdesk.document;

import java.text.Normalizer;
import org.factdesk.base.InvalidInputException;

/**
 * The canonical form of a document's text: NFC-normalised, with {@code \n} line endings, no NUL or
 * other control characters except tab and newline. Every offset in Factdesk counts code points in
 * this form.
 */
public final class CanonicalText {

    /** The most text one document may hold, in code points (about 10 MB of UTF-8). */
    public static final int MAX_LENGTH = 10_000_000;

    private CanonicalText() {
    }

    public static String of(String raw) {
        var text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        var sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Control characters (NUL, escape, C1 controls) carry no text; only tab and newline stay.
            if (c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL) {
                sb.append(c);
            }
        }
        var result = sb.toString();
        // Trailing white space at the end of the document is not part of the text.
        result = result.stripTrailing();
        if (result.isBlank()) {
            throw new InvalidInputException("text", "The document is empty: it has no text to review");
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            throw new InvalidInputException("text",
                    "The document is too long: at most " + MAX_LENGTH + " characters are accepted");
        }
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= result.length() || !Character.isLowSurrogate(result.charAt(i + 1))) {
                    throw new InvalidInputException("text", "The text holds a broken character (an unpaired surrogate)");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new InvalidInputException("text", "The text holds a broken character (an unpaired surrogate)");
            }
        }
        return result;
    }

    /** Counts the words of a text, as runs of non-white-space characters. */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
