package org.factdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import org.factdesk.base.GroupSplit;
import org.factdesk.suggest.AttributionEvaluation;
import org.factdesk.suggest.CheckWorthiness;
import org.factdesk.suggest.CheckWorthinessEvaluation;
import org.factdesk.suggest.Suggester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Suggestions: attribution quality on the PolNeAR dev articles (publisher split: rules chosen on one
 * half of the publishers, the other half reported), check-worthiness MAP over the CLEF 2019 debates
 * (time split: chosen and trained on the older debates, scored on the newest; and nested
 * leave-one-debate-out), where ../shared/data is present; and the time to suggest for a 10,000-word
 * article.
 */
class SuggestionBench {

    private static Path shared(String path) {
        return Path.of(System.getProperty("shared.data", "../shared/data"), path);
    }

    @Test
    void attribution_quality() throws Exception {
        var dir = shared("attribution/polnear-dev");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no attribution data at " + dir);
        // Rules are chosen on the tuning half of the publishers; the untouched half is the figure to quote.
        var s = AttributionEvaluation.evaluate(dir, GroupSplit.Half.UNTOUCHED);
        var t = AttributionEvaluation.evaluate(dir, GroupSplit.Half.TUNING);
        var note = String.format(Locale.ROOT, "untouched half of the publishers: %d articles, %d true and %d found "
                + "attributions", s.articles(), s.gold(), s.predicted());
        BenchResults.value("Attribution: cue F1 (span overlap), untouched publishers", "F1", s.cueF1(), 0.75, false,
                String.format(Locale.ROOT, "precision %.3f, recall %.3f; tuning half (%d articles): %.3f; %s", s.cueP(),
                        s.cueR(), t.articles(), t.cueF1(), note));
        BenchResults.value("Attribution: Source token F1, untouched publishers", "F1", s.sourceF1(), 0.70, false,
                String.format(Locale.ROOT, "tuning half: %.3f", t.sourceF1()));
        BenchResults.value("Attribution: Content token F1, untouched publishers", "F1", s.contentF1(), 0.70, false,
                String.format(Locale.ROOT, "tuning half: %.3f", t.contentF1()));
        BenchResults.value("Attribution: whole-attribution F1, untouched publishers", "F1", s.attributionF1(), 0.50, false,
                String.format(Locale.ROOT, "precision %.3f, recall %.3f; tuning half: %.3f; humans agree at about 0.6, a "
                        + "speech-verb regex gets 0.14", s.attributionP(), s.attributionR(), t.attributionF1()));
    }

    @Test
    void checkworthiness_map() throws Exception {
        var csv = shared("checkworthiness/clef2019-task1-training.csv");
        Assumptions.assumeTrue(Files.exists(csv), "no check-worthiness data at " + csv);
        var rows = CheckWorthinessEvaluation.read(csv);
        var grid = CheckWorthinessEvaluation.grid();
        var t = CheckWorthinessEvaluation.timeSplit(rows, grid);
        BenchResults.value("Check-worthiness MAP, time split: the newest " + t.testDebates().size() + " debates", "MAP",
                t.map(), 0.17, false, String.format(Locale.ROOT, "trained on the %d older debates; setting chosen on them "
                        + "alone (%s, validation MAP %.3f on their newest third); the trivial scorer gets %.3f; best CLEF "
                        + "2019 system 0.166 on the lab's test debates", t.trainDebates().size(), t.choice().setting(),
                        t.choice().validationMap(), t.trivialMap()));
        var r = CheckWorthinessEvaluation.nestedLeaveOneDebateOut(rows, grid);
        BenchResults.value("Check-worthiness MAP, nested leave-one-debate-out", "MAP", r.map(), null, false,
                String.format(Locale.ROOT, "%d debates, %d sentences; for each debate the setting is chosen on the others "
                        + "alone; the trivial scorer gets %.3f", r.debates(), r.sentences(), r.trivialMap()));
    }

    @Test
    void suggestions_for_10000_words() {
        var text = Workload.document(10_000, 21);
        var suggester = new Suggester(CheckWorthiness.bundled());
        for (int i = 0; i < 10; i++) {
            suggester.suggest(text);
        }
        var samples = new ArrayList<Double>();
        int count = 0;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            count = suggester.suggest(text).size();
            samples.add((System.nanoTime() - t0) / 1e6);
        }
        assertThat(count).isPositive();
        BenchResults.record("Suggestions for a 10,000-word article", "ms", samples, 300.0, BenchResults.On.MEDIAN,
                count + " suggestions; sentences, tags, attributions, quantities and scores");
    }

    /**
     * {@code POST /api/v1/suggest} on the running app at 10,000, 100,000 and 400,000 characters, for
     * an article and for a hostile text (a short quotation with a cue, repeated, no sentence end): the
     * time should grow with the text, not its square. Medians of three after one warm-up call.
     */
    @Test
    void suggest_time_grows_linearly_with_the_text(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        try (var app = new org.factdesk.it.FactdeskProcess(tmp.resolve("data")).start()) {
            var api = new BenchApi(app);
            var article = Workload.document(80_000, 5);
            var shapes = new java.util.LinkedHashMap<String, java.util.function.IntFunction<String>>();
            shapes.put("article", n -> article.substring(0, n));
            shapes.put("hostile text", n -> "\"He said it\" ".repeat(n / 13 + 1).substring(0, n));
            for (var shape : shapes.entrySet()) {
                var medians = new java.util.LinkedHashMap<Integer, Double>();
                for (int n : new int[] {10_000, 100_000, 400_000}) {
                    var body = "{\"text\":" + BenchApi.json(shape.getValue().apply(n)) + "}";
                    var samples = new ArrayList<Double>();
                    for (int i = 0; i < 4; i++) {
                        long t0 = System.nanoTime();
                        var response = api.send("POST", "/api/v1/suggest", body);
                        double ms = (System.nanoTime() - t0) / 1e6;
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                        if (i > 0) {
                            samples.add(ms);
                        }
                    }
                    var figure = BenchResults.record(String.format(Locale.ROOT, "Suggest API, %s of %,d characters",
                            shape.getKey(), n), "ms", samples, n == 400_000 ? 8_000.0 : null, BenchResults.On.MEDIAN,
                            "POST /api/v1/suggest on the running app, from request to the whole answer");
                    medians.put(n, figure.median());
                }
                BenchResults.value("Suggest API, " + shape.getKey() + ": time at 400k / time at 100k characters", "ratio",
                        medians.get(400_000) / medians.get(100_000), 6.0, true,
                        "4 is linear; the pipeline was quadratic before (a hostile 100k took 360 s)");
            }
        }
    }

    @AfterAll
    static void write() {
        assertThat(BenchResults.write()).as("figures that miss their target by more than 50%").isEmpty();
    }
}
