package org.factdesk.cli;

import org.factdesk.base.Tables;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.suggest.CheckWorthiness;
import org.factdesk.suggest.TextAnalysis;

/**
 * {@code train-checkworthiness}: trains the check-worthiness model from labelled sentences. The model
 * that ships in {@code src/main/resources/models/checkworthiness.bin} was made with
 * {@code train-checkworthiness --data ../shared/data/checkworthiness/clef2019-task1-training.csv
 * --out src/main/resources/models/checkworthiness.bin}.
 */
final class TrainCheckworthinessCommand implements CliCommand {

    /**
     * The L2 cost, with all feature families ({@link CheckWorthiness#SHIPPED}): the setting chosen on
     * the older debates alone by CheckWorthinessEvaluation's time split (trained on their older two
     * thirds, scored on their newest third), never on the debates its figure is reported on.
     */
    static final double L2 = 32.0;
    static final int ITERATIONS = 100;

    @Override
    public String name() {
        return "train-checkworthiness";
    }

    @Override
    public String summary() {
        return "train the check-worthiness model from a CSV of labelled sentences";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar train-checkworthiness --data FILE.csv --out MODEL.bin [--l2 " + L2 + "]\n"
                + "  FILE.csv has a header with the columns text and label (1 = check-worthy)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path data = null;
        Path model = null;
        double l2 = L2;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--data" -> data = Path.of(next(args, ++i));
                case "--out" -> model = Path.of(next(args, ++i));
                case "--l2" -> l2 = Double.parseDouble(next(args, ++i));
                default -> throw new Cli.UsageException("Unknown argument " + args.get(i));
            }
        }
        if (data == null || model == null) {
            throw new Cli.UsageException("Give --data and --out.");
        }
        var rows = Tables.parse(Files.readString(data, StandardCharsets.UTF_8), ',');
        var header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int text = header.indexOf("text");
        int label = header.indexOf("label");
        if (text < 0 || label < 0) {
            throw new Cli.UsageException(data + " needs a header with the columns text and label");
        }
        var examples = new ArrayList<CheckWorthiness.Example>();
        for (var row : rows.subList(1, rows.size())) {
            var tokens = new ArrayList<TextAnalysis.Token>();
            TextAnalysis.analyse(row.get(text).replace('\n', ' ')).forEach(s -> tokens.addAll(s.tokens()));
            examples.add(new CheckWorthiness.Example(tokens, row.get(label).strip().equals("1")));
        }
        var trained = CheckWorthiness.train(examples, l2, ITERATIONS);
        Files.createDirectories(model.toAbsolutePath().getParent());
        try (var o = Files.newOutputStream(model)) {
            CheckWorthiness.write(trained, o);
        }
        long positives = examples.stream().filter(CheckWorthiness.Example::checkWorthy).count();
        out.println("Trained on " + examples.size() + " sentences (" + positives + " check-worthy), L2 " + l2 + "; wrote "
                + model);
        return 0;
    }

    private static String next(List<String> args, int i) throws Cli.UsageException {
        if (i >= args.size()) {
            throw new Cli.UsageException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }
}
