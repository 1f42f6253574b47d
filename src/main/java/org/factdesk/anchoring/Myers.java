package org.factdesk.anchoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Myers' O((N+M)D) difference algorithm over int sequences, bounded by a maximum number of edits so
 * that a huge rewrite costs a refusal rather than minutes.
 */
final class Myers {

    /** A run of equal elements: {@code a[aStart..aStart+length) == b[bStart..bStart+length)}. */
    record Run(int aStart, int bStart, int length) {
    }

    private Myers() {
    }

    /**
     * The equal runs of a shortest edit script between {@code a[aFrom,aTo)} and {@code b[bFrom,bTo)},
     * in order, or null when more than {@code maxEdits} edits are needed.
     */
    static List<Run> equalRuns(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, int maxEdits) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int max = Math.min(n + m, maxEdits);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        outer:
        for (int d = 0; d <= max; d++) {
            // Keep only the part of V this step can touch: diagonals -d..d.
            int[] snapshot = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    for (int kk = -d; kk <= d; kk++) {
                        snapshot[kk + d] = v[offset + kk];
                    }
                    trace.add(snapshot);
                    found = d;
                    break outer;
                }
            }
            for (int kk = -d; kk <= d; kk++) {
                snapshot[kk + d] = v[offset + kk];
            }
            trace.add(snapshot);
        }
        if (found < 0) {
            return null;
        }
        // Walk back through the trace, collecting the diagonal runs (snakes).
        List<Run> runs = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            int prevK;
            if (k == -d || (k != d && at(prev, d - 1, k - 1) < at(prev, d - 1, k + 1))) {
                prevK = k + 1;
            } else {
                prevK = k - 1;
            }
            int prevX = at(prev, d - 1, prevK);
            int prevY = prevX - prevK;
            int snakeStartX = prevK == k + 1 ? prevX : prevX + 1;
            int snakeStartY = snakeStartX - k;
            if (x > snakeStartX) {
                runs.add(new Run(aFrom + snakeStartX, bFrom + snakeStartY, x - snakeStartX));
            }
            x = prevX;
            y = prevY;
        }
        if (x > 0) {
            runs.add(new Run(aFrom, bFrom, x));
        }
        Collections.reverse(runs);
        return runs;
    }

    /** The number of edits between two sequences, or -1 when it exceeds {@code maxEdits}. */
    static int distance(int[] a, int[] b, int maxEdits) {
        int n = a.length;
        int m = b.length;
        int max = Math.min(n + m, maxEdits);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a[x] == b[y]) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return d;
                }
            }
        }
        return -1;
    }

    private static int at(int[] snapshot, int d, int k) {
        if (k < -d || k > d) {
            return -1;
        }
        return snapshot[k + d];
    }
}
