package org.factdesk.anchoring;

/**
 * Where a claim sits in a text: code-point offsets ({@code start} inclusive, {@code end}
 * exclusive), the exact quote, and up to {@link #CONTEXT} code points before and after it, as a
 * W3C TextQuoteSelector carries them.
 */
public record TextAnchor(int start, int end, String exact, String prefix, String suffix) {

    /** Code points of context kept on each side. */
    public static final int CONTEXT = 32;

    public TextAnchor {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("An anchor needs 0 <= start < end, not " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
