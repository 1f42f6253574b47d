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
import org.factdesk.suggest.Suggester;
import org.factdesk.suggest.TextAnalysis;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code suggest}: the suggestions for text files, for measurement and batch use: attributions as
 * brat standoff, check-worthiness scores for the rows of a CSV, or everything as JSON.
 */
final class SuggestCommand implements CliCommand {

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String summary() {
        return "suggest attributions (brat), check-worthiness scores (CSV rows) or all suggestions (JSON)";
    }

    @Override
    public String usage() {
        return "java -jar factdesk.jar suggest --format brat --out DIR FILE.txt...\n"
                + "       java -jar factdesk.jar suggest --format checkworthiness FILE.csv\n"
                + "       java -jar factdesk.jar suggest [--format json] FILE.txt...\n"
                + "  brat: writes DIR/<name>.ann with Source, Cue and Content spans (character offsets) joined by\n"
                + "        E lines; checkworthiness: reads rows line_number,speaker,text,...,file_name and prints\n"
                + "        file_name<TAB>line_number<TAB>score for every row";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String format = "json";
        Path outDir = null;
        var files = new ArrayList<String>();
        for (int i = 0; i < args.size(); i++) {
            var a = args.get(i);
            switch (a) {
                case "--format" -> format = Cli.optionValue(args, ++i, "--format");
                case "--out" -> outDir = Path.of(Cli.optionValue(args, ++i, "--out"));
                default -> {
                    if (a.startsWith("--")) {
                        throw new Cli.UsageException("Unknown option " + a);
                    }
                    files.add(a);
                }
            }
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("Give one or more files.");
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "brat" -> brat(files, outDir, err);
            case "checkworthiness" -> checkworthiness(files, out, err);
            case "json" -> json(files, out, err);
            default -> throw new Cli.UsageException("Unknown format '" + format + "'; use brat, checkworthiness or json.");
        };
    }

    private static int brat(List<String> files, Path outDir, PrintStream err) throws Exception {
        if (outDir == null) {
            throw new Cli.UsageException("--format brat needs --out DIR");
        }
        Files.createDirectories(outDir);
        var suggester = new Suggester(CheckWorthiness.bundled());
        int failed = 0;
        for (var file : files) {
            var path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                err.println(file + ": no such file");
                failed++;
                continue;
            }
            var text = Files.readString(path, StandardCharsets.UTF_8);
            var ann = new StringBuilder();
            int t = 0;
            int e = 0;
            for (var s : suggester.suggest(text)) {
                var a = s.attribution();
                if (a == null) {
                    continue;
                }
                String source = null;
                if (a.source() != null) {
                    source = "T" + ++t;
                    ann.append(tLine(source, "Source", text, a.source().start(), a.source().end()));
                }
                var cue = "T" + ++t;
                ann.append(tLine(cue, "Cue", text, a.cue().start(), a.cue().end()));
                var content = "T" + ++t;
                ann.append(tLine(content, "Content", text, a.content().start(), a.content().end()));
                ann.append("E").append(++e).append("\tAttribution:").append(cue)
                        .append(source == null ? "" : " Source:" + source).append(" Cue:").append(cue).append(" Content:")
                        .append(content).append('\n');
            }
            var name = path.getFileName().toString().replaceAll("\\.[^.]+$", "") + ".ann";
            Files.writeString(outDir.resolve(name), ann.toString(), StandardCharsets.UTF_8);
        }
        return failed == 0 ? 0 : 1;
    }

    /** A text-bound annotation in code points; a span over a line break is written as fragments. */
    private static String tLine(String id, String type, String text, int start, int end) {
        var fragments = new ArrayList<String>();
        var covered = new ArrayList<String>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\n') {
                if (i > from) {
                    fragments.add(text.codePointCount(0, from) + " " + text.codePointCount(0, i));
                    covered.add(text.substring(from, i));
                }
                from = i + 1;
            }
        }
        return id + "\t" + type + " " + String.join(";", fragments) + "\t" + String.join(" ", covered) + "\n";
    }

    private static int checkworthiness(List<String> files, PrintStream out, PrintStream err) throws Exception {
        var model = CheckWorthiness.bundled();
        int failed = 0;
        for (var file : files) {
            var path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                err.println(file + ": no such file");
                failed++;
                continue;
            }
            var rows = Tables.parse(Files.readString(path, StandardCharsets.UTF_8), ',');
            if (rows.isEmpty()) {
                continue;
            }
            var header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int text = header.indexOf("text");
            int line = header.indexOf("line_number");
            int name = header.indexOf("file_name");
            boolean hasHeader = text >= 0;
            if (!hasHeader) {
                // Without a header, the columns are line_number,speaker,text,…,file_name.
                text = 2;
                line = 0;
                name = rows.getFirst().size() - 1;
            }
            for (var row : rows.subList(hasHeader ? 1 : 0, rows.size())) {
                if (row.size() <= Math.max(text, Math.max(line, name))) {
                    err.println(file + ": a row with " + row.size() + " columns is skipped: " + String.join(",", row));
                    failed++;
                    continue;
                }
                var tokens = new ArrayList<TextAnalysis.Token>();
                TextAnalysis.analyse(row.get(text).replace('\n', ' ')).forEach(s -> tokens.addAll(s.tokens()));
                out.printf(Locale.ROOT, "%s\t%s\t%.6f%n", row.get(name).strip(), row.get(line).strip(), model.score(tokens));
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int json(List<String> files, PrintStream out, PrintStream err) throws Exception {
        var mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        var root = mapper.createObjectNode();
        var suggester = new Suggester(CheckWorthiness.bundled());
        int failed = 0;
        for (var file : files) {
            var path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                err.println(file + ": no such file");
                failed++;
                continue;
            }
            var text = Files.readString(path, StandardCharsets.UTF_8);
            var list = root.putArray(path.getFileName().toString());
            for (var s : suggester.suggest(text)) {
                var node = list.addObject();
                node.put("start", text.codePointCount(0, s.span().start()));
                node.put("end", text.codePointCount(0, s.span().end()));
                node.put("text", s.span().of(text));
                node.put("score", Math.round(s.score() * 1000) / 1000.0);
                if (s.attribution() != null) {
                    var a = s.attribution();
                    node.put("cue", a.cue().of(text));
                    node.put("source", a.source() == null ? null : a.source().of(text));
                    node.put("speaker", s.speaker());
                }
                var q = node.putArray("quantities");
                s.quantities().forEach(x -> q.addObject().put("text", x.span().of(text)).put("kind", x.kind().name()));
            }
        }
        out.println(mapper.writeValueAsString(root));
        return failed == 0 ? 0 : 1;
    }
}
