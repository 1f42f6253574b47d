package org.factdesk.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        var rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
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

    public static Result evaluate(List<Row> rows, double l2Cost, int iterations) throws IOException {
        var byDebate = new LinkedHashMap<String, List<Row>>();
        rows.forEach(r -> byDebate.computeIfAbsent(r.debate(), k -> new ArrayList<>()).add(r));
        double sum = 0;
        double trivialSum = 0;
        int debates = 0;
        for (var entry : byDebate.entrySet()) {
            if (entry.getValue().stream().noneMatch(Row::checkWorthy)) {
                continue;
            }
            var training = rows.stream().filter(r -> !r.debate().equals(entry.getKey()))
                    .map(r -> new CheckWorthiness.Example(r.tokens(), r.checkWorthy())).toList();
            var model = new CheckWorthiness(CheckWorthiness.train(training, l2Cost, iterations));
            sum += averagePrecision(entry.getValue(), r -> model.score(r.tokens()));
            trivialSum += averagePrecision(entry.getValue(), CheckWorthinessEvaluation::trivial);
            debates++;
        }
        return new Result(sum / debates, trivialSum / debates, debates, rows.size());
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
        for (var l2 : args.length > 1 ? List.of(Double.parseDouble(args[1])) : List.of(0.5, 1.0, 2.0, 4.0)) {
            var r = evaluate(rows, l2, 100);
            System.out.printf(Locale.ROOT, "L2 %.2f  MAP %.3f (trivial %.3f) over %d debates, %d sentences%n", l2, r.map(),
                    r.trivialMap(), r.debates(), r.sentences());
        }
    }
}
