package org.factdesk.attribution;

import java.text.Normalizer;

/**
 * Normalises names for matching: case, accents, punctuation and a leading "the" do not count,
 * so "the Ukrainian government", "Ukrainian Government" and "Ukrainian government." match.
 */
public final class Names {

    private Names() {
    }

    public static String normalize(String name) {
        var decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        var sb = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.appendCodePoint(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019') {
                // Apostrophes join: "Ukraine's" is one word.
                continue;
            } else {
                space = true;
            }
        }
        var result = sb.toString();
        return result.startsWith("the ") ? result.substring(4) : result;
    }
}
