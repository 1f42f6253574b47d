package org.factdesk.anchoring;

import java.util.Arrays;

/** A text cut into lines or words, each with a hash, for diffing. Positions are code points. */
final class Tokens {

    private final int[] starts;
    private final int[] hashes;
    private final int count;
    private final int end;

    private Tokens(int[] starts, int[] hashes, int count, int end) {
        this.starts = starts;
        this.hashes = hashes;
        this.count = count;
        this.end = end;
    }

    int count() {
        return count;
    }

    int[] hashes() {
        return hashes;
    }

    int start(int i) {
        return i < count ? starts[i] : end;
    }

    int end(int i) {
        return start(i + 1);
    }

    /** Lines, each with its terminating newline. */
    static Tokens lines(int[] text, int from, int to) {
        var b = new Builder(from, to);
        int start = from;
        for (int i = from; i < to; i++) {
            if (text[i] == '\n') {
                b.add(text, start, i + 1);
                start = i + 1;
            }
        }
        if (start < to) {
            b.add(text, start, to);
        }
        return b.build();
    }

    /** Runs of letters and digits, runs of white space, and single other characters. */
    static Tokens words(int[] text, int from, int to) {
        var b = new Builder(from, to);
        int i = from;
        while (i < to) {
            int start = i;
            int c = text[i];
            if (Character.isLetterOrDigit(c)) {
                while (i < to && Character.isLetterOrDigit(text[i])) {
                    i++;
                }
            } else if (Character.isWhitespace(c)) {
                while (i < to && Character.isWhitespace(text[i])) {
                    i++;
                }
            } else {
                i++;
            }
            b.add(text, start, i);
        }
        return b.build();
    }

    private static final class Builder {
        private int[] starts = new int[64];
        private int[] hashes = new int[64];
        private int count;
        private final int end;

        Builder(int from, int to) {
            this.end = to;
        }

        void add(int[] text, int start, int stop) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                hashes = Arrays.copyOf(hashes, count * 2);
            }
            int h = 1;
            for (int i = start; i < stop; i++) {
                h = 31 * h + text[i];
            }
            starts[count] = start;
            hashes[count] = h;
            count++;
        }

        Tokens build() {
            return new Tokens(starts, hashes, count, end);
        }
    }
}
