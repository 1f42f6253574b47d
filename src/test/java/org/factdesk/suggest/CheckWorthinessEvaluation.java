package org.factdesk.suggest;

import org.factdesk.base.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.suggest.TextAnalysis.Token;

/**
 * Mean average precision over debates, the CLEF CheckThat! measure, by leave-one-debate-out: for each
 * debate, a model trained on all the others ranks its sentences. Also the trivial scorer the data's
 * README mentions (has a number, has a comparison, is long) for scale.
 */
public final class CheckWorthinessEvaluation {

    /** One sentence of a debate. */
    public record Row(String debate, int line, List<Token> tokens, boolean checkWorthy) {
    }

    public record Result(double map, double trivialMap, int debates, int sentences) {
    }

    private CheckWorthinessEvaluation() {
    }

    public static List<Row> read(Path csv) throws IOException {
        var rows = Tables.parse(Files.readString(csv, StandardCharsets.UTF_8), ',');
        var header = rows.getFirst();
        int text = header.indexOf("text");
        int label = header.indexOf("label");
        int file = header.indexOf("file_name");
        int line = header.indexOf("line_number");
        var result = new ArrayList<Row>();
        for (var r : rows.subList(1, rows.size())) {
            var tokens = new ArrayList<Token>();
            TextAnalysis.analyse(r.get(text).replace('\n', ' ')).forEach(s -> tokens.addAll(s.tokens()));
            result.add(new Row(r.get(file), Integer.parseInt(r.get(line).strip()), tokens, r.get(label).strip().equals("1")));
        }
        return result;
    }

    /** One setting to choose between: the feature families and the L2 cost. */
    public record Setting(Set<CheckWorthiness.Family> families, double l2Cost) {

        @Override
        public String toString() {
            return families + " L2 " + l2Cost;
        }
    }

    /** A chosen setting and how it scored where it was chosen. */
    public record Choice(Setting setting, double validationMap) {
    }

    /** The time split's figures: the choice made on the older debates and MAP on the newest. */
    public record TimeSplit(Choice choice, List<String> trainDebates, List<String> testDebates, double map,
            double trivialMap) {
    }

    public static final int ITERATIONS = 100;

    /** The settings tried: every choice is made among these, on training debates only. */
    public static List<Setting> grid() {
        var all = EnumSet.allOf(CheckWorthiness.Family.class);
        var form = EnumSet.of(CheckWorthiness.Family.TAGS, CheckWorthiness.Family.SIGNALS, CheckWorthiness.Family.FORM);
        var words = EnumSet.of(CheckWorthiness.Family.WORDS, CheckWorthiness.Family.TAGS, CheckWorthiness.Family.SIGNALS,
                CheckWorthiness.Family.FORM);
        var old = EnumSet.of(CheckWorthiness.Family.WORDS, CheckWorthiness.Family.PAIRS, CheckWorthiness.Family.TAGS,
                CheckWorthiness.Family.SIGNALS);
        var grid = new ArrayList<Setting>();
        for (var families : List.of(all, form, words, old)) {
            for (double l2 : new double[] {2, 8, 32, 128}) {
                grid.add(new Setting(families, l2));
            }
        }
        return grid;
    }

    /**
     * A debate's date from its file name ({@code YYYYMMDD_…}); one name in the data has day and month
     * swapped ({@code 20182601}), which is read as such when the month would be impossible.
     */
    static LocalDate date(String debate) {
        var digits = debate.substring(0, 8);
        int year = Integer.parseInt(digits.substring(0, 4));
        int a = Integer.parseInt(digits.substring(4, 6));
        int b = Integer.parseInt(digits.substring(6, 8));
        return a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
    }

    /** Debates oldest first; the newest third (rounded) is held out. */
    static List<List<String>> olderAndNewest(Collection<String> debates) {
        var ordered = debates.stream().distinct().sorted(Comparator.comparing(CheckWorthinessEvaluation::date)
                .thenComparing(Comparator.naturalOrder())).toList();
        int held = Math.max(1, Math.round(ordered.size() / 3f));
        return List.of(ordered.subList(0, ordered.size() - held), ordered.subList(ordered.size() - held, ordered.size()));
    }

    /** MAP over the test debates (those with at least one check-worthy sentence) of a model trained on the training rows. */
    public static double map(List<Row> training, List<Row> test, Setting setting) throws IOException {
        var examples = training.stream().map(r -> new CheckWorthiness.Example(r.tokens(), r.checkWorthy())).toList();
        var model = new CheckWorthiness(CheckWorthiness.train(examples, setting.families(), setting.l2Cost(), ITERATIONS),
                setting.families());
        return meanAveragePrecision(test, r -> model.score(r.tokens()));
    }

    static double meanAveragePrecision(List<Row> rows, java.util.function.ToDoubleFunction<Row> scorer) {
        var byDebate = byDebate(rows);
        double sum = 0;
        int n = 0;
        for (var debate : byDebate.values()) {
            if (debate.stream().anyMatch(Row::checkWorthy)) {
                sum += averagePrecision(debate, scorer);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Chooses a setting on the given rows alone: trained on their older two thirds of debates, scored on the newest third. */
    public static Choice choose(List<Row> rows, List<Setting> grid) throws IOException {
        var split = olderAndNewest(rows.stream().map(Row::debate).toList());
        var older = rows.stream().filter(r -> split.get(0).contains(r.debate())).toList();
        var newest = rows.stream().filter(r -> split.get(1).contains(r.debate())).toList();
        Choice best = null;
        for (var setting : grid) {
            double map = map(older, newest, setting);
            if (best == null || map > best.validationMap()) {
                best = new Choice(setting, map);
            }
        }
        return best;
    }

    /**
     * The time split: the setting is chosen on the older two thirds of the debates (by its own inner
     * time split), a model with it is trained on all of them, and MAP is taken on the newest third,
     * which nothing was chosen on.
     */
    public static TimeSplit timeSplit(List<Row> rows, List<Setting> grid) throws IOException {
        var split = olderAndNewest(rows.stream().map(Row::debate).toList());
        var older = rows.stream().filter(r -> split.get(0).contains(r.debate())).toList();
        var newest = rows.stream().filter(r -> split.get(1).contains(r.debate())).toList();
        var choice = choose(older, grid);
        return new TimeSplit(choice, split.get(0), split.get(1), map(older, newest, choice.setting()),
                meanAveragePrecision(newest, CheckWorthinessEvaluation::trivial));
    }

    /**
     * Nested leave-one-debate-out: for each debate, the setting is chosen on the other debates alone
     * (by their inner time split), a model with it is trained on them, and the debate is ranked.
     */
    public static Result nestedLeaveOneDebateOut(List<Row> rows, List<Setting> grid) throws IOException {
        var byDebate = byDebate(rows);
        double sum = 0;
        double trivialSum = 0;
        int debates = 0;
        for (var entry : byDebate.entrySet()) {
            if (entry.getValue().stream().noneMatch(Row::checkWorthy)) {
                continue;
            }
            var training = rows.stream().filter(r -> !r.debate().equals(entry.getKey())).toList();
            var choice = choose(training, grid);
            sum += map(training, entry.getValue(), choice.setting());
            trivialSum += averagePrecision(entry.getValue(), CheckWorthinessEvaluation::trivial);
            debates++;
        }
        return new Result(sum / debates, trivialSum / debates, debates, rows.size());
    }

    private static Map<String, List<Row>> byDebate(List<Row> rows) {
        var byDebate = new LinkedHashMap<String, List<Row>>();
        rows.forEach(r -> byDebate.computeIfAbsent(r.debate(), k -> new ArrayList<>()).add(r));
        return byDebate;
    }

    static double averagePrecision(List<Row> debate, java.util.function.ToDoubleFunction<Row> scorer) {
        var ranked = new ArrayList<>(debate);
        var scores = new java.util.IdentityHashMap<Row, Double>();
        ranked.forEach(r -> scores.put(r, scorer.applyAsDouble(r)));
        ranked.sort(Comparator.comparingDouble((Row r) -> -scores.get(r)).thenComparingInt(Row::line));
        int hits = 0;
        double sum = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).checkWorthy()) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return hits == 0 ? 0 : sum / hits;
    }

    private static double trivial(Row r) {
        boolean number = r.tokens().stream().anyMatch(t -> t.is("NUM") || t.text().matches(".*\\d.*"));
        boolean comparison = r.tokens().stream().anyMatch(t -> Map.of("more", 1, "less", 1, "than", 1, "most", 1, "least", 1)
                .containsKey(t.lower()) || t.lower().endsWith("est"));
        return (number ? 1 : 0) + (comparison ? 1 : 0) + Math.min(r.tokens().size(), 40) / 40.0;
    }

    public static void main(String[] args) throws IOException {
        var rows = read(Path.of(args.length > 0 ? args[0] : "../shared/data/checkworthiness/clef2019-task1-training.csv"));
        var grid = grid();
        if (List.of(args).contains("--choose")) {
            // The choice alone, on the older debates: what the shipped model's setting comes from.
            var older = olderAndNewest(rows.stream().map(Row::debate).toList()).get(0);
            var olderRows = rows.stream().filter(r -> older.contains(r.debate())).toList();
            var split = olderAndNewest(older);
            var inner = olderRows.stream().filter(r -> split.get(0).contains(r.debate())).toList();
            var validation = olderRows.stream().filter(r -> split.get(1).contains(r.debate())).toList();
            for (var setting : grid) {
                System.out.printf(Locale.ROOT, "%-50s validation MAP %.3f%n", setting, map(inner, validation, setting));
            }
            return;
        }
        var t = timeSplit(rows, grid);
        System.out.printf(Locale.ROOT, "time split: chose %s (validation MAP %.3f); MAP on the newest %d debates %.3f "
                + "(trivial %.3f)%n", t.choice().setting(), t.choice().validationMap(), t.testDebates().size(), t.map(),
                t.trivialMap());
        if (List.of(args).contains("--nested")) {
            var r = nestedLeaveOneDebateOut(rows, grid);
            System.out.printf(Locale.ROOT, "nested leave-one-debate-out MAP %.3f (trivial %.3f) over %d debates%n", r.map(),
                    r.trivialMap(), r.debates());
        }
    }
}
