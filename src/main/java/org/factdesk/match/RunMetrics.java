package org.factdesk.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures of the CLEF CheckThat! verified-claim retrieval task over a run: MAP@5 (the mean over
 * queries of the average precision within the top five), precision at 1 and recall at 5.
 */
public record RunMetrics(int queries, double map5, double precision1, double recall5) {

    /** {@code ranked}: per query, the keys of the library entries in the order found. */
    public static RunMetrics of(Map<String, List<String>> ranked, Map<String, Set<String>> relevant) {
        double map = 0;
        double p1 = 0;
        double r5 = 0;
        int n = 0;
        for (var query : relevant.entrySet()) {
            var right = query.getValue();
            if (right.isEmpty()) {
                continue;
            }
            n++;
            var found = ranked.getOrDefault(query.getKey(), List.of());
            int hits = 0;
            double precisionSum = 0;
            for (int i = 0; i < Math.min(5, found.size()); i++) {
                if (right.contains(found.get(i))) {
                    hits++;
                    precisionSum += hits / (double) (i + 1);
                }
            }
            map += precisionSum / Math.min(5, right.size());
            p1 += !found.isEmpty() && right.contains(found.getFirst()) ? 1 : 0;
            r5 += hits / (double) right.size();
        }
        return n == 0 ? new RunMetrics(0, 0, 0, 0) : new RunMetrics(n, map / n, p1 / n, r5 / n);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "MAP@5 %.3f, P@1 %.3f, recall@5 %.3f over %d queries", map5,
                precision1, recall5, queries);
    }
}
