package org.factdesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.match.ClaimMatcher;
import org.factdesk.match.MatchIndex;
import org.factdesk.match.MatchRanker;
import org.factdesk.match.MatchVectors;
import org.factdesk.match.SentenceEncoder;
import org.factdesk.match.RunMetrics;
import org.factdesk.match.TsvFiles;

/**
 * {@code match --library L --queries Q --out RUN}: for each query the 20 best matches from a library
 * of verified claims, as a TREC run ({@code qid Q0 docid rank score tag}), in the layout of the CLEF
 * CheckThat! 2020 verified-claim retrieval task, in the order the app uses (BM25 candidates
 * re-ranked by a sentence encoder). {@code --bm25} keeps BM25's order; with
 * {@code --train-queries}/{@code --train-qrels} a feature re-ranker is trained and used instead; with
 * {@code --qrels} the run is scored.
 */
final class MatchCommand implements CliCommand {

    @Override
    public String name() {
        return "match";
    }

    @Override
    public String summary() {
        return "rank a library of verified claims for each query (a TREC run), and score it";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar match --library verified_claims.tsv --queries queries.tsv --out run.tsv\n"
                + "                               [--train-queries Q.tsv --train-qrels Q.qrels] [--qrels qrels]\n"
                + "                               [--bm25] [--depth N] [--tag NAME]\n"
                + "  --library        id<TAB>claim<TAB>title with a header line (claim may be called vclaim)\n"
                + "  --queries        id<TAB>text with a header line\n"
                + "  --train-queries, --train-qrels  labelled queries to train a feature re-ranker on and use\n"
                + "  --bm25           BM25's order, without the sentence encoder the app re-ranks with\n"
                + "  --qrels          the right matches of --queries: prints MAP@5, P@1 and recall@5\n"
                + "  --depth          matches written per query (default 20); --tag the run's name (default factdesk)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path library = null;
        Path queries = null;
        Path target = null;
        Path trainQueries = null;
        Path trainQrels = null;
        Path qrels = null;
        int depth = 20;
        String tag = "factdesk";
        boolean bm25 = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--library" -> library = Path.of(Cli.optionValue(args, ++i, "--library"));
                case "--queries" -> queries = Path.of(Cli.optionValue(args, ++i, "--queries"));
                case "--out" -> target = Path.of(Cli.optionValue(args, ++i, "--out"));
                case "--train-queries" -> trainQueries = Path.of(Cli.optionValue(args, ++i, "--train-queries"));
                case "--train-qrels" -> trainQrels = Path.of(Cli.optionValue(args, ++i, "--train-qrels"));
                case "--bm25" -> bm25 = true;
                case "--qrels" -> qrels = Path.of(Cli.optionValue(args, ++i, "--qrels"));
                case "--tag" -> tag = Cli.optionValue(args, ++i, "--tag");
                case "--depth" -> {
                    var value = Cli.optionValue(args, ++i, "--depth");
                    try {
                        depth = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new Cli.UsageException("--depth takes a number from 1 to 1000, not '" + value + "'");
                    }
                    if (depth < 1 || depth > 1000) {
                        throw new Cli.UsageException("--depth takes a number from 1 to 1000, not " + depth);
                    }
                }
                default -> throw new Cli.UsageException("Unknown argument '" + args.get(i) + "'");
            }
        }
        if (library == null || queries == null || target == null) {
            throw new Cli.UsageException("Give --library, --queries and --out");
        }
        if ((trainQueries == null) != (trainQrels == null)) {
            throw new Cli.UsageException("Training needs both --train-queries and --train-qrels");
        }
        if (bm25 && trainQueries != null) {
            throw new Cli.UsageException("--bm25 and training choose two different orders: give one of them");
        }
        if (!tag.matches("[\\w.-]{1,40}")) {
            throw new Cli.UsageException("--tag is one word of letters, digits, '.', '-' or '_'");
        }
        if (Files.exists(target)) {
            err.println(target + " already exists; choose a new name for the run");
            return 1;
        }
        try (var index = new MatchIndex()) {
            long t0 = System.nanoTime();
            index.putAll(TsvFiles.library(library));
            index.refresh();
            out.printf(Locale.ROOT, "Indexed %d verified claims in %d ms%n", index.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            ClaimMatcher matcher;
            if (trainQueries != null) {
                var labelled = new ArrayList<MatchRanker.Labelled>();
                var texts = TsvFiles.queries(trainQueries);
                for (var entry : TsvFiles.qrels(trainQrels).entrySet()) {
                    var text = texts.get(entry.getKey());
                    if (text != null) {
                        labelled.add(new MatchRanker.Labelled(text, entry.getValue()));
                    }
                }
                matcher = new ClaimMatcher(index, MatchRanker.train(index, labelled));
                out.printf(Locale.ROOT, "Trained the feature re-ranker on %d labelled queries%n", labelled.size());
            } else if (bm25) {
                matcher = new ClaimMatcher(index, MatchRanker.bm25());
                out.println("BM25's order (--bm25)");
            } else {
                matcher = new ClaimMatcher(index, new MatchVectors(new SentenceEncoder()));
                out.println("BM25 candidates re-ranked by a sentence encoder (all-MiniLM-L6-v2, 8-bit)");
            }
            var ranked = new LinkedHashMap<String, List<String>>();
            var lines = new ArrayList<String>();
            for (var query : TsvFiles.queries(queries).entrySet()) {
                var keys = new ArrayList<String>();
                for (var match : matcher.match(query.getValue(), depth)) {
                    keys.add(match.claim().key());
                    lines.add(String.format(Locale.ROOT, "%s\tQ0\t%s\t%d\t%.6f\t%s", query.getKey(), match.claim().key(),
                            match.rank(), match.score(), tag));
                }
                ranked.put(query.getKey(), keys);
            }
            var absolute = target.toAbsolutePath().normalize();
            Files.createDirectories(absolute.getParent());
            Files.write(absolute, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            out.printf(Locale.ROOT, "Wrote %d matches for %d queries to %s%n", lines.size(), ranked.size(), target);
            if (qrels != null) {
                Map<String, java.util.Set<String>> right = TsvFiles.qrels(qrels);
                out.println("Scored against " + qrels.getFileName() + ": " + RunMetrics.of(ranked, right));
            }
            return 0;
        }
    }
}
