package org.factdesk.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.base.GroupSplit;
import org.jspecify.annotations.Nullable;

/**
 * Scores attribution suggestions against brat-annotated articles in the layout of PolNeAR
 * ({@code text/NAME.txt}, {@code attributions/NAME_ANNOTATOR.ann}; the first annotator of each
 * article counts):
 * cue F1 (a predicted cue counts if it overlaps a true one), Source and Content token F1, and
 * attribution F1 (cue overlaps, source overlaps, content tokens Jaccard 0.5 or more, one to one).
 *
 * <pre>./mvnw -Pbench verify -Dit.test=SuggestionBench</pre>
 */
public final class AttributionEvaluation {

    /** An attribution with its parts as code-point spans. */
    public record Labelled(List<Span> cue, List<Span> source, List<Span> content) {
    }

    public record Scores(double cueP, double cueR, double cueF1, double sourceF1, double contentF1, double attributionP,
            double attributionR, double attributionF1, int articles, int gold, int predicted) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private AttributionEvaluation() {
    }

    public static Scores evaluate(Path dir) throws IOException {
        return evaluate(dir, null);
    }

    /** An article's publisher: its file name up to the first underscore ("nyt_2016-09-12_…"). */
    public static String publisher(String name) {
        int cut = name.indexOf('_');
        return cut < 0 ? name : name.substring(0, cut);
    }

    /**
     * The scores over one half of the publishers (see {@link GroupSplit}), or over all articles when
     * {@code half} is null: rules are chosen on the tuning half; the untouched half is the figure to quote.
     */
    public static Scores evaluate(Path dir, GroupSplit.@Nullable Half half) throws IOException {
        return evaluate(dir, half, null);
    }

    /** The scores over one half, or over one publisher of it when {@code publisher} is given. */
    static Scores evaluate(Path dir, GroupSplit.@Nullable Half half, @Nullable String publisher) throws IOException {
        var annotations = new HashMap<String, Path>();
        try (var files = Files.list(dir.resolve("attributions"))) {
            for (var ann : files.sorted().toList()) {
                var name = ann.getFileName().toString().replaceAll("_[^_]+\\.ann$", "");
                annotations.putIfAbsent(name, ann);
            }
        }
        int cueTpP = 0, cuePred = 0, cueTpG = 0, cueGold = 0;
        int[] source = new int[3];
        int[] content = new int[3];
        int attTp = 0, attPred = 0, attGold = 0, articles = 0;
        var split = GroupSplit.of(annotations.keySet().stream().map(AttributionEvaluation::publisher).toList());
        for (var entry : new java.util.TreeMap<>(annotations).entrySet()) {
            if (half != null && split.half(publisher(entry.getKey())) != half
                    || publisher != null && !publisher(entry.getKey()).equals(publisher)) {
                continue;
            }
            var textFile = dir.resolve("text").resolve(entry.getKey() + ".txt");
            if (!Files.exists(textFile)) {
                continue;
            }
            articles++;
            var text = Files.readString(textFile, StandardCharsets.UTF_8);
            var gold = read(Files.readString(entry.getValue(), StandardCharsets.UTF_8));
            var predicted = predict(text);
            // Cues.
            var goldCues = gold.stream().flatMap(g -> g.cue().stream()).toList();
            var predCues = predicted.stream().flatMap(p -> p.cue().stream()).toList();
            cuePred += predCues.size();
            cueGold += goldCues.size();
            cueTpP += (int) predCues.stream().filter(p -> goldCues.stream().anyMatch(p::overlaps)).count();
            cueTpG += (int) goldCues.stream().filter(g -> predCues.stream().anyMatch(g::overlaps)).count();
            // Tokens.
            var tokens = tokens(text);
            count(source, covered(tokens, gold.stream().flatMap(g -> g.source().stream()).toList()),
                    covered(tokens, predicted.stream().flatMap(p -> p.source().stream()).toList()));
            count(content, covered(tokens, gold.stream().flatMap(g -> g.content().stream()).toList()),
                    covered(tokens, predicted.stream().flatMap(p -> p.content().stream()).toList()));
            // Whole attributions, matched one to one.
            attPred += predicted.size();
            attGold += gold.size();
            var used = new HashSet<Integer>();
            for (var p : predicted) {
                for (int g = 0; g < gold.size(); g++) {
                    if (!used.contains(g) && matches(p, gold.get(g), tokens)) {
                        used.add(g);
                        attTp++;
                        break;
                    }
                }
            }
        }
        double cueP = ratio(cueTpP, cuePred);
        double cueR = ratio(cueTpG, cueGold);
        double attP = ratio(attTp, attPred);
        double attR = ratio(attTp, attGold);
        return new Scores(cueP, cueR, f1(cueP, cueR), f1(source), f1(content), attP, attR, f1(attP, attR), articles,
                attGold, attPred);
    }

    /** The finder's attributions in code-point spans. */
    static List<Labelled> predict(String text) {
        var result = new ArrayList<Labelled>();
        for (var f : Attributions.find(text, TextAnalysis.analyse(text))) {
            var content = f.continuation() == null ? List.of(cp(text, f.content()))
                    : List.of(cp(text, f.content()), cp(text, f.continuation()));
            result.add(new Labelled(List.of(cp(text, f.cue())), f.source() == null ? List.of() : List.of(cp(text, f.source())),
                    content));
        }
        return result;
    }

    private static Span cp(String text, Span s) {
        return new Span(text.codePointCount(0, s.start()), text.codePointCount(0, s.end()));
    }

    public static List<Labelled> read(String ann) {
        var spans = new HashMap<String, List<Span>>();
        var result = new ArrayList<Labelled>();
        var events = new ArrayList<Map<String, String>>();
        for (var line : ann.split("\n")) {
            var parts = line.split("\t");
            if (parts[0].startsWith("T") && parts.length >= 2) {
                var typeAndSpans = parts[1].split(" ", 2);
                var list = new ArrayList<Span>();
                for (var piece : typeAndSpans[1].split(";")) {
                    var ends = piece.trim().split(" ");
                    list.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
                }
                spans.put(parts[0], list);
            } else if (parts[0].startsWith("E") && parts.length >= 2) {
                var roles = new HashMap<String, String>();
                for (var role : parts[1].trim().split(" ")) {
                    var kv = role.split(":");
                    roles.put(kv[0].replaceAll("\\d+$", ""), kv[1]);
                }
                events.add(roles);
            }
        }
        for (var roles : events) {
            result.add(new Labelled(spans.getOrDefault(roles.get("Cue"), List.of()),
                    spans.getOrDefault(roles.get("Source"), List.of()), spans.getOrDefault(roles.get("Content"), List.of())));
        }
        return result;
    }

    static boolean matches(Labelled p, Labelled g, List<Span> tokens) {
        boolean cue = p.cue().stream().anyMatch(a -> g.cue().stream().anyMatch(a::overlaps));
        boolean source = g.source().isEmpty() && p.source().isEmpty()
                || p.source().stream().anyMatch(a -> g.source().stream().anyMatch(a::overlaps));
        var pc = covered(tokens, p.content());
        var gc = covered(tokens, g.content());
        var union = new HashSet<>(pc);
        union.addAll(gc);
        var both = new HashSet<>(pc);
        both.retainAll(gc);
        return cue && source && !union.isEmpty() && (double) both.size() / union.size() >= 0.5;
    }

    static List<Span> tokens(String text) {
        var list = new ArrayList<Span>();
        var m = TOKEN.matcher(text);
        while (m.find()) {
            list.add(new Span(text.codePointCount(0, m.start()), text.codePointCount(0, m.end())));
        }
        return list;
    }

    static Set<Integer> covered(List<Span> tokens, List<Span> spans) {
        var set = new HashSet<Integer>();
        for (var s : spans) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).overlaps(s)) {
                    set.add(i);
                }
            }
        }
        return set;
    }

    private static void count(int[] tpFpFn, Set<Integer> gold, Set<Integer> predicted) {
        var tp = new HashSet<>(gold);
        tp.retainAll(predicted);
        tpFpFn[0] += tp.size();
        tpFpFn[1] += predicted.size() - tp.size();
        tpFpFn[2] += gold.size() - tp.size();
    }

    private static double f1(int[] c) {
        return f1(ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]));
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public static void main(String[] args) throws IOException {
        var dir = Path.of(args.length > 0 ? args[0] : "../shared/data/attribution/polnear-dev");
        print(GroupSplit.Half.TUNING, evaluate(dir, GroupSplit.Half.TUNING));
        if (List.of(args).contains("--by-publisher")) {
            // Within the tuning half, publisher by publisher: a rule worth keeping should not rest on one of them.
            try (var files = Files.list(dir.resolve("text"))) {
                var names = files.map(f -> publisher(f.getFileName().toString())).distinct().sorted().toList();
                var split = GroupSplit.of(names);
                for (var name : names) {
                    if (split.half(name) == GroupSplit.Half.TUNING) {
                        var s = evaluate(dir, GroupSplit.Half.TUNING, name);
                        System.out.printf(Locale.ROOT, "  %-12s cue F1 %.3f | source %.3f | content %.3f | attribution F1 %.3f%n",
                                name, s.cueF1(), s.sourceF1(), s.contentF1(), s.attributionF1());
                    }
                }
            }
        }
        if (List.of(args).contains("--untouched")) {
            print(GroupSplit.Half.UNTOUCHED, evaluate(dir, GroupSplit.Half.UNTOUCHED));
        }
    }

    private static void print(GroupSplit.Half half, Scores s) {
        System.out.println(half.label);
        System.out.printf(Locale.ROOT, "articles %d, gold %d, predicted %d%n", s.articles(), s.gold(), s.predicted());
        System.out.printf(Locale.ROOT, "cue P %.3f R %.3f F1 %.3f | source token F1 %.3f | content token F1 %.3f | "
                + "attribution P %.3f R %.3f F1 %.3f%n", s.cueP(), s.cueR(), s.cueF1(), s.sourceF1(), s.contentF1(),
                s.attributionP(), s.attributionR(), s.attributionF1());
    }
}
