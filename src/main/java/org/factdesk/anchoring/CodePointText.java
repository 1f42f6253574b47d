package org.factdesk.anchoring;

import java.util.Arrays;

/**
 * A text addressed by code points. Java strings index UTF-16 units, where an emoji takes two;
 * this type converts between the two so that an emoji is one position, as the API promises.
 * Texts without characters outside the Basic Multilingual Plane (the common case) need no table.
 */
public final class CodePointText {

    private final String text;
    private final int length;
    /** UTF-16 index of every code point with a surrogate pair before or at it; null when there are none. */
    private final int[] astralCodePoints;

    public CodePointText(String text) {
        this.text = text;
        int astral = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                astral++;
                i++;
            }
        }
        if (astral == 0) {
            astralCodePoints = null;
            length = text.length();
        } else {
            // Code-point positions of astral characters, ascending.
            astralCodePoints = new int[astral];
            int cp = 0;
            int k = 0;
            for (int i = 0; i < text.length(); i++, cp++) {
                if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    astralCodePoints[k++] = cp;
                    i++;
                }
            }
            length = cp;
        }
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** The UTF-16 index of a code-point offset (0 to length inclusive). */
    public int toUtf16(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length) {
            throw new IndexOutOfBoundsException("offset " + codePointOffset + " outside 0.." + length);
        }
        if (astralCodePoints == null) {
            return codePointOffset;
        }
        // Each astral character before the offset adds one extra UTF-16 unit.
        int before = lowerBound(astralCodePoints, codePointOffset);
        return codePointOffset + before;
    }

    /** The code-point offset of a UTF-16 index; an index inside a surrogate pair rounds down. */
    public int toCodePoint(int utf16Index) {
        if (utf16Index < 0 || utf16Index > text.length()) {
            throw new IndexOutOfBoundsException("index " + utf16Index + " outside 0.." + text.length());
        }
        if (astralCodePoints == null) {
            return utf16Index;
        }
        // Binary search for the largest code-point offset whose UTF-16 index is <= utf16Index.
        int lo = 0;
        int hi = Math.min(utf16Index, length);
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (toUtf16(mid) <= utf16Index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The text between two code-point offsets. */
    public String slice(int start, int end) {
        return text.substring(toUtf16(start), toUtf16(end));
    }

    /** The code-point length of a string. */
    public static int lengthOf(String s) {
        return s.codePointCount(0, s.length());
    }

    private static int lowerBound(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }
}
