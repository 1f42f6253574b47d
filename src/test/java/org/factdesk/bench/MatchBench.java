package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factdesk.match.ClaimMatcher;
import org.factdesk.match.MatchIndex;
import org.factdesk.match.MatchRanker;
import org.factdesk.match.RunMetrics;
import org.factdesk.match.TsvFiles;
import org.factdesk.match.VerifiedClaim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * "Already checked?" (issue 18): quality on the CLEF CheckThat! 2020 verified-claim retrieval data
 * (the re-ranker trained on the training split only, measured on the development split it never
 * saw; BM25 alone beside it), and speed on a library of 100,000 verified claims.
 */
class MatchBench {

    private static Path shared(String path) {
        return Path.of(System.getProperty("shared.data", "../shared/data"), "claim-matching", path);
    }

    @Test
    void quality_on_the_development_split() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(shared("dev")), "no ../shared/data/claim-matching here");
        try (var index = new MatchIndex()) {
            index.putAll(TsvFiles.library(shared("verified_claims.tsv")));
            index.refresh();
            var trainTexts = TsvFiles.queries(shared("train/tweets.queries.tsv"));
            var labelled = new ArrayList<MatchRanker.Labelled>();
            TsvFiles.qrels(shared("train/tweet-vclaim-pairs.qrels"))
                    .forEach((q, right) -> labelled.add(new MatchRanker.Labelled(trainTexts.get(q), right)));
            var trained = MatchRanker.train(index, labelled);
            var devTexts = TsvFiles.queries(shared("dev/tweets.queries.tsv"));
            var devQrels = TsvFiles.qrels(shared("dev/tweet-vclaim-pairs.qrels"));
            var trainQrels = TsvFiles.qrels(shared("train/tweet-vclaim-pairs.qrels"));
            for (var ranker : List.of(Map.entry("BM25 alone", MatchRanker.bm25()), Map.entry("re-ranked", trained))) {
                var matcher = new ClaimMatcher(index, ranker.getValue());
                var dev = RunMetrics.of(run(matcher, devTexts), devQrels);
                var train = RunMetrics.of(run(matcher, trainTexts), trainQrels);
                // Factdesk ships BM25's order: on the training split (two halves, each trained on the other) the
                // re-ranker did not beat it, so the target applies to BM25 and the re-ranker is reported beside it.
                boolean shipped = ranker.getKey().equals("BM25 alone");
                var name = "Already checked? MAP@5 on dev (" + ranker.getKey() + ")";
                BenchResults.value(name, "MAP@5", dev.map5(), shipped ? 0.80 : null, false, String.format(
                        java.util.Locale.ROOT, "%d dev queries, %d verified claims; P@1 %.3f, recall@5 %.3f; on the"
                                + " training split: MAP@5 %.3f%s", dev.queries(), index.size(),
                        dev.precision1(), dev.recall5(), train.map5(),
                        shipped ? "; what Factdesk ships (the query cleaned of links, handles and a post's signature)"
                                : "; logistic regression over 12 overlap features, trained on train only"));
            }
        }
    }

    private static Map<String, List<String>> run(ClaimMatcher matcher, Map<String, String> queries) {
        var ranked = new LinkedHashMap<String, List<String>>();
        queries.forEach((id, text) -> ranked.put(id, matcher.match(text, 5).stream().map(m -> m.claim().key()).toList()));
        return ranked;
    }

    @Test
    void speed_on_a_library_of_100000_verified_claims() throws Exception {
        var sentences = Workload.sentences();
        var random = new Random(18);
        var library = new ArrayList<VerifiedClaim>(100_000);
        for (int i = 0; i < 100_000; i++) {
            var claim = sentences.get(random.nextInt(sentences.size()));
            var title = sentences.get(random.nextInt(sentences.size()));
            library.add(new VerifiedClaim("factcheck:" + i, VerifiedClaim.Origin.IMPORTED, claim,
                    title.length() > 120 ? title.substring(0, 120) : title, "False", null, "Bench Checks", null,
                    "https://checks.example/" + i, null, null, 1L));
        }
        try (var index = new MatchIndex()) {
            long t0 = System.nanoTime();
            index.putAll(library);
            index.refresh();
            double buildMs = (System.nanoTime() - t0) / 1e6;
            BenchResults.value("Already checked? index 100,000 verified claims", "ms", buildMs, 60_000.0, true,
                    "Lucene in memory: claim, title and both together");
            // The trained ranker when the training data is here (its model is evaluated per candidate), else BM25.
            MatchRanker ranker = MatchRanker.bm25();
            var note = "BM25 order";
            if (Files.isDirectory(shared("train"))) {
                try (var clef = new MatchIndex()) {
                    clef.putAll(TsvFiles.library(shared("verified_claims.tsv")));
                    clef.refresh();
                    var texts = TsvFiles.queries(shared("train/tweets.queries.tsv"));
                    var labelled = new ArrayList<MatchRanker.Labelled>();
                    TsvFiles.qrels(shared("train/tweet-vclaim-pairs.qrels"))
                            .forEach((q, right) -> labelled.add(new MatchRanker.Labelled(texts.get(q), right)));
                    ranker = MatchRanker.train(clef, labelled);
                    note = "the trained re-ranker";
                }
            }
            var matcher = new ClaimMatcher(index, ranker);
            var samples = new ArrayList<Double>();
            for (int q = 0; q < 400; q++) {
                var words = sentences.get(random.nextInt(sentences.size()));
                long s0 = System.nanoTime();
                var top = matcher.match(words, 5);
                double ms = (System.nanoTime() - s0) / 1e6;
                assertThat(top).isNotEmpty();
                if (q >= 50) {
                    samples.add(ms);
                }
            }
            BenchResults.record("Already checked? top 5 from 100,000 verified claims", "ms", samples, 50.0,
                    BenchResults.On.P95, "350 queries (after 50 warm-up) of real sentences; BM25 candidates, features"
                            + " and " + note);
        }
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }
}
