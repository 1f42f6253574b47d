package org.factdesk.anchoring;

import org.jspecify.annotations.Nullable;

/** Makes anchors from offsets, checking them against the text. */
public final class Anchors {

    /** The longest quote a claim may have, in code points. */
    public static final int MAX_QUOTE = 10_000;

    private Anchors() {
    }

    /**
     * An anchor on {@code [start, end)} of the text. When the caller says what text it expects
     * there ({@code expectedExact}), it must be exactly that text: otherwise the caller's idea of the
     * text differs from ours and the claim would sit on the wrong words.
     */
    public static TextAnchor at(CodePointText text, int start, int end, @Nullable String expectedExact) {
        if (start < 0 || end < 0) {
            throw new AnchorException("start", "Offsets count code points from 0; " + start + ".." + end + " is negative");
        }
        if (start >= end) {
            throw new AnchorException("end", "A claim needs at least one character: start (" + start
                    + ") must be smaller than end (" + end + ")");
        }
        if (end > text.length()) {
            throw new AnchorException("end", "The text has " + text.length() + " code points; end " + end
                    + " is past its end");
        }
        if (end - start > MAX_QUOTE) {
            throw new AnchorException("end", "A claim quotes at most " + MAX_QUOTE + " characters; this span has "
                    + (end - start));
        }
        var exact = text.slice(start, end);
        if (expectedExact != null && !expectedExact.equals(exact)) {
            throw new AnchorException("exact", "The text at " + start + ".." + end + " is \"" + abbreviate(exact)
                    + "\", not the given exact \"" + abbreviate(expectedExact)
                    + "\". Offsets count Unicode code points in the canonical (NFC, \\n) text of the current revision.");
        }
        if (exact.isBlank()) {
            throw new AnchorException("start", "The span " + start + ".." + end + " holds only white space");
        }
        return new TextAnchor(start, end, exact, text.slice(Math.max(0, start - TextAnchor.CONTEXT), start),
                text.slice(end, Math.min(text.length(), end + TextAnchor.CONTEXT)));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
