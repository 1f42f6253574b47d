package org.factdesk.anchoring;

/**
 * Approximate substring search (Sellers' dynamic programme): the substring of a text closest to a
 * pattern by edit distance, within a budget of errors.
 */
final class Sellers {

    record Match(int start, int end, int errors) {
    }

    private Sellers() {
    }

    /** The best match of {@code pattern} in {@code text[from,to)}, or null when it needs more than maxErrors. */
    static Match bestMatch(int[] pattern, int[] text, int from, int to, int maxErrors) {
        int m = pattern.length;
        if (m == 0) {
            return null;
        }
        // Forward pass: cost of the best match ending at each text position.
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int bestEnd = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            int diagonal = 0; // column[0] of the previous column is always 0: a match may start anywhere
            int c = text[j];
            for (int i = 1; i <= m; i++) {
                int above = column[i];
                int cost = Math.min(Math.min(column[i] + 1, column[i - 1] + 1), diagonal + (pattern[i - 1] == c ? 0 : 1));
                diagonal = above;
                column[i] = cost;
            }
            if (column[m] < bestCost) {
                bestCost = column[m];
                bestEnd = j + 1;
            }
        }
        if (bestEnd < 0 || bestCost > maxErrors) {
            return null;
        }
        // Backward pass over the reversed pattern from the best end, to find where the match starts.
        int lowest = Math.max(from, bestEnd - m - maxErrors);
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        int bestStart = bestEnd;
        int startCost = Integer.MAX_VALUE;
        int consumed = 0;
        for (int j = bestEnd - 1; j >= lowest; j--) {
            // The end is fixed, so skipping text there costs: column[0] grows with each character.
            int diagonal = consumed;
            consumed++;
            column[0] = consumed;
            int c = text[j];
            for (int i = 1; i <= m; i++) {
                int above = column[i];
                int cost = Math.min(Math.min(column[i] + 1, column[i - 1] + 1),
                        diagonal + (pattern[m - i] == c ? 0 : 1));
                diagonal = above;
                column[i] = cost;
            }
            if (column[m] < startCost) {
                startCost = column[m];
                bestStart = j;
            }
        }
        if (startCost == Integer.MAX_VALUE || startCost > maxErrors) {
            return null;
        }
        return new Match(bestStart, bestEnd, startCost);
    }

    /** Levenshtein distance with a budget; answers budget + 1 when it is exceeded. */
    static int editDistance(int[] a, int[] b, int budget) {
        if (Math.abs(a.length - b.length) > budget) {
            return budget + 1;
        }
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > budget) {
                return budget + 1;
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
