package org.factdesk.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How the positions of an old text correspond to a new one: the runs of text that an edit left
 * untouched, found by a line-level diff refined to words inside the changed places. Positions are
 * code points.
 */
public final class PositionMap {

    private static final int MAX_LINE_EDITS = 2_000;
    private static final int MAX_TOKEN_EDITS = 2_000;
    private static final int MAX_TOKENS_PER_HUNK = 200_000;

    private final int[] oldStarts;
    private final int[] newStarts;
    private final int[] lengths;
    private final int oldLength;
    private final int newLength;

    private PositionMap(List<Myers.Run> runs, int oldLength, int newLength) {
        int n = runs.size();
        oldStarts = new int[n];
        newStarts = new int[n];
        lengths = new int[n];
        for (int i = 0; i < n; i++) {
            oldStarts[i] = runs.get(i).aStart();
            newStarts[i] = runs.get(i).bStart();
            lengths[i] = runs.get(i).length();
        }
        this.oldLength = oldLength;
        this.newLength = newLength;
    }

    /** Compares two texts given as code points. */
    public static PositionMap between(int[] oldText, int[] newText) {
        var runs = new ArrayList<Myers.Run>();
        int prefix = 0;
        int max = Math.min(oldText.length, newText.length);
        while (prefix < max && oldText[prefix] == newText[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && oldText[oldText.length - 1 - suffix] == newText[newText.length - 1 - suffix]) {
            suffix++;
        }
        if (prefix > 0) {
            runs.add(new Myers.Run(0, 0, prefix));
        }
        diffLines(oldText, prefix, oldText.length - suffix, newText, prefix, newText.length - suffix, runs);
        if (suffix > 0) {
            runs.add(new Myers.Run(oldText.length - suffix, newText.length - suffix, suffix));
        }
        return new PositionMap(merge(runs), oldText.length, newText.length);
    }

    private static void diffLines(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, List<Myers.Run> out) {
        if (aFrom >= aTo || bFrom >= bTo) {
            return;
        }
        var aLines = Tokens.lines(a, aFrom, aTo);
        var bLines = Tokens.lines(b, bFrom, bTo);
        var lineRuns = Myers.equalRuns(aLines.hashes(), 0, aLines.count(), bLines.hashes(), 0, bLines.count(),
                MAX_LINE_EDITS);
        if (lineRuns == null) {
            diffTokens(a, aFrom, aTo, b, bFrom, bTo, out);
            return;
        }
        int ai = 0;
        int bi = 0;
        for (var run : lineRuns) {
            // The hunk before this run of equal lines: refine it word by word.
            diffTokens(a, aLines.start(ai), aLines.start(run.aStart()), b, bLines.start(bi), bLines.start(run.bStart()),
                    out);
            for (int i = 0; i < run.length(); i++) {
                int la = run.aStart() + i;
                int lb = run.bStart() + i;
                // Equal hashes are checked: a collision must not map a position to other text.
                addVerified(a, aLines.start(la), aLines.end(la), b, bLines.start(lb), out);
            }
            ai = run.aStart() + run.length();
            bi = run.bStart() + run.length();
        }
        diffTokens(a, aLines.start(ai), aTo, b, bLines.start(bi), bTo, out);
    }

    private static void diffTokens(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, List<Myers.Run> out) {
        if (aFrom >= aTo || bFrom >= bTo) {
            return;
        }
        // Trim what the hunk shares at both ends first: cheap, and exact.
        int prefix = 0;
        while (aFrom + prefix < aTo && bFrom + prefix < bTo && a[aFrom + prefix] == b[bFrom + prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (aTo - suffix > aFrom + prefix && bTo - suffix > bFrom + prefix && a[aTo - 1 - suffix] == b[bTo - 1 - suffix]) {
            suffix++;
        }
        if (prefix > 0) {
            out.add(new Myers.Run(aFrom, bFrom, prefix));
        }
        int as = aFrom + prefix;
        int ae = aTo - suffix;
        int bs = bFrom + prefix;
        int be = bTo - suffix;
        if (as < ae && bs < be) {
            var aTokens = Tokens.words(a, as, ae);
            var bTokens = Tokens.words(b, bs, be);
            if (aTokens.count() <= MAX_TOKENS_PER_HUNK && bTokens.count() <= MAX_TOKENS_PER_HUNK) {
                var runs = Myers.equalRuns(aTokens.hashes(), 0, aTokens.count(), bTokens.hashes(), 0, bTokens.count(),
                        MAX_TOKEN_EDITS);
                if (runs != null) {
                    for (var run : runs) {
                        for (int i = 0; i < run.length(); i++) {
                            int ta = run.aStart() + i;
                            int tb = run.bStart() + i;
                            addVerified(a, aTokens.start(ta), aTokens.end(ta), b, bTokens.start(tb), out);
                        }
                    }
                }
            }
        }
        if (suffix > 0) {
            out.add(new Myers.Run(aTo - suffix, bTo - suffix, suffix));
        }
    }

    private static void addVerified(int[] a, int aStart, int aEnd, int[] b, int bStart, List<Myers.Run> out) {
        int length = aEnd - aStart;
        if (bStart + length > b.length) {
            return;
        }
        for (int i = 0; i < length; i++) {
            if (a[aStart + i] != b[bStart + i]) {
                return;
            }
        }
        out.add(new Myers.Run(aStart, bStart, length));
    }

    private static List<Myers.Run> merge(List<Myers.Run> runs) {
        var merged = new ArrayList<Myers.Run>();
        for (var run : runs) {
            if (run.length() == 0) {
                continue;
            }
            if (!merged.isEmpty()) {
                var last = merged.getLast();
                if (last.aStart() + last.length() == run.aStart() && last.bStart() + last.length() == run.bStart()) {
                    merged.set(merged.size() - 1, new Myers.Run(last.aStart(), last.bStart(), last.length() + run.length()));
                    continue;
                }
            }
            merged.add(run);
        }
        return merged;
    }

    /** Where an old position went, if the character there is unchanged; otherwise -1. */
    public int map(int oldPos) {
        int i = runAt(oldPos);
        if (i < 0) {
            return -1;
        }
        return newStarts[i] + (oldPos - oldStarts[i]);
    }

    /**
     * Maps a span whose every character is unchanged and contiguous in the new text; answers
     * {start, end} or null.
     */
    public int[] mapSpan(int start, int end) {
        int i = runAt(start);
        if (i < 0 || end - oldStarts[i] > lengths[i]) {
            return null;
        }
        int ns = newStarts[i] + (start - oldStarts[i]);
        return new int[] { ns, ns + (end - start) };
    }

    /** Where a new position came from, if the character there is an unchanged old one; otherwise -1. */
    public int unmap(int newPos) {
        int l = 0;
        int h = newStarts.length - 1;
        while (l <= h) {
            int mid = (l + h) >>> 1;
            if (newStarts[mid] > newPos) {
                h = mid - 1;
            } else if (newStarts[mid] + lengths[mid] <= newPos) {
                l = mid + 1;
            } else {
                return oldStarts[mid] + (newPos - newStarts[mid]);
            }
        }
        return -1;
    }

    /** A best guess of where an old position is now, for positions inside changed text too. */
    public int estimate(int oldPos) {
        int mapped = map(oldPos);
        if (mapped >= 0) {
            return mapped;
        }
        // Between the run before and the run after, spread proportionally.
        int lo = -1;
        int l = 0;
        int h = oldStarts.length - 1;
        while (l <= h) {
            int mid = (l + h) >>> 1;
            if (oldStarts[mid] <= oldPos) {
                lo = mid;
                l = mid + 1;
            } else {
                h = mid - 1;
            }
        }
        int oldA = lo < 0 ? 0 : oldStarts[lo] + lengths[lo];
        int newA = lo < 0 ? 0 : newStarts[lo] + lengths[lo];
        int oldB = lo + 1 < oldStarts.length ? oldStarts[lo + 1] : oldLength;
        int newB = lo + 1 < oldStarts.length ? newStarts[lo + 1] : newLength;
        if (oldB <= oldA) {
            return Math.min(newA, newLength);
        }
        double ratio = (double) (oldPos - oldA) / (oldB - oldA);
        return (int) Math.round(newA + ratio * (newB - newA));
    }

    private int runAt(int oldPos) {
        int l = 0;
        int h = oldStarts.length - 1;
        while (l <= h) {
            int mid = (l + h) >>> 1;
            if (oldStarts[mid] > oldPos) {
                h = mid - 1;
            } else if (oldStarts[mid] + lengths[mid] <= oldPos) {
                l = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
