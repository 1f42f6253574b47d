package org.factdesk.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * "Already checked?": the library entries that best match a claim's text, best first.
 *
 * <p>With a {@link MatchVectors} (what Factdesk ships) the top {@link #SEMANTIC_CANDIDATES} BM25
 * candidates are re-ranked by {@code BM25_WEIGHT × bm25 / best bm25 + (1 − BM25_WEIGHT) × cosine}
 * of the sentence vectors of the query and of each candidate ({@link VerifiedClaim#meaningText});
 * without one, by the given {@link MatchRanker}.
 */
public final class ClaimMatcher {

    /**
     * The share of the (normalised) BM25 score in the semantic order. Chosen on the training split
     * of the CLEF 2020 data only, among 0.2, 0.3 and 0.4 (with 50 candidates, the claim's vector):
     * 0.816, 0.817, 0.814, and again with 100 candidates: 0.823, 0.823, 0.819; the development split
     * was not looked at for it.
     */
    public static final double BM25_WEIGHT = 0.3;

    /**
     * How many BM25 candidates the sentence encoder re-orders. Chosen on the training split only: with
     * 0.3 of BM25, MAP@5 there was 0.807 (20), 0.810 (30), 0.817 (50), 0.821 (75), 0.823 (100) and
     * 0.824 (150); 100 takes nearly all of the gain at two thirds of the vectors of 150.
     */
    public static final int SEMANTIC_CANDIDATES = 100;

    /**
     * A library entry that matches, with the ranker's score and its place (1 = best), and the cosine of
     * the two sentence vectors ({@link Double#NaN} without an encoder): how close the meanings are.
     */
    public record Match(VerifiedClaim claim, double score, int rank, double meaning) {
    }

    /**
     * How many of a question's candidates (best BM25 first) the app encodes while the question waits
     * when their vectors are not kept yet; candidates further down without a vector are left out
     * until the encoding thread reaches them. On the training split (fact-checks' title vectors),
     * re-ranking only the first 20 gave MAP@5 0.835 against 0.847 for 100: the price paid in the
     * minutes after a large import, when a question would otherwise wait for 100 vectors.
     */
    public static final int ENCODED_WHILE_ASKED = 20;

    /** Encodes questions beside the search (a virtual thread each). */
    private static final Executor ENCODING = Executors.newVirtualThreadPerTaskExecutor();

    private final MatchIndex index;
    private final MatchRanker ranker;
    private final @Nullable MatchVectors vectors;
    private final int encodeWhileAsked;

    public ClaimMatcher(MatchIndex index, MatchRanker ranker) {
        this.index = index;
        this.ranker = ranker;
        this.vectors = null;
        this.encodeWhileAsked = 0;
    }

    /**
     * BM25 candidates re-ranked by meaning (what the CLI uses by default): every candidate without a
     * vector is encoded while the question waits.
     */
    public ClaimMatcher(MatchIndex index, MatchVectors vectors) {
        this(index, vectors, Integer.MAX_VALUE);
    }

    /**
     * BM25 candidates re-ranked by meaning, encoding at most the first {@code encodeWhileAsked}
     * candidates that have no vector yet (the app: {@link #ENCODED_WHILE_ASKED}).
     */
    public ClaimMatcher(MatchIndex index, MatchVectors vectors, int encodeWhileAsked) {
        this.index = index;
        this.ranker = MatchRanker.bm25();
        this.vectors = vectors;
        this.encodeWhileAsked = encodeWhileAsked;
    }

    public boolean semantic() {
        return vectors != null;
    }

    public List<Match> match(String text, int limit) {
        return match(text, null, limit);
    }

    /**
     * The matches of a library entry's own claim (a workspace claim): its kept sentence vector is the
     * question's, so a claim asked about again is not encoded again.
     */
    public List<Match> match(VerifiedClaim entry, int limit) {
        return match(entry.claim(), entry, limit);
    }

    private List<Match> match(String text, @Nullable VerifiedClaim entry, int limit) {
        record Scored(MatchIndex.Candidate candidate, double score, double meaning) {
        }
        var scored = new ArrayList<Scored>();
        // The question is encoded while Lucene looks for its candidates (the two take about as long).
        var encoding = vectors == null ? null : CompletableFuture.supplyAsync(() -> entry != null
                ? vectors.of(List.of(entry)).getFirst() : vectors.encoder().encode(QueryText.clean(text)), ENCODING);
        var candidates = index.candidates(text, Math.max(limit, vectors != null ? SEMANTIC_CANDIDATES
                : MatchIndex.CANDIDATES), vectors == null && ranker.readsFeatures());
        if (vectors != null && encoding != null && !candidates.isEmpty()) {
            float[] query;
            try {
                query = encoding.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            var known = vectors.of(candidates.stream().map(MatchIndex.Candidate::claim).toList(), encodeWhileAsked);
            double best = candidates.getFirst().bm25();
            for (int i = 0; i < candidates.size(); i++) {
                var c = candidates.get(i);
                if (known.get(i) == null) {
                    continue; // not encoded yet, and too far down to wait for
                }
                double lexical = best > 0 ? c.bm25() / best : 0;
                double meaning = SentenceEncoder.similarity(query, known.get(i));
                scored.add(new Scored(c, BM25_WEIGHT * lexical + (1 - BM25_WEIGHT) * meaning, meaning));
            }
        } else {
            for (var candidate : candidates) {
                scored.add(new Scored(candidate, ranker.score(candidate), Double.NaN));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.candidate().rank()));
        var matches = new ArrayList<Match>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            var s = scored.get(i);
            matches.add(new Match(s.candidate().claim(), s.score(), i + 1, s.meaning()));
        }
        return matches;
    }
}
