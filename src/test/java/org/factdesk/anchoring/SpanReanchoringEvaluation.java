package org.factdesk.anchoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.factdesk.base.GroupSplit;
import org.factdesk.suggest.AttributionEvaluation;
import org.jspecify.annotations.Nullable;

/**
 * How re-anchoring treats attribution spans in real news text: the annotated sources, cues and contents
 * of the PolNeAR articles (brat layout, see {@link AttributionEvaluation}) go through edits a desk sees
 * (a paragraph moved, deleted or inserted, a figure corrected, a word changed), each span's true place
 * is known from the edit, and each outcome is counted: followed (unflagged, at its true place), flagged
 * (placed for a person to check), not found (to place again), or silently wrong (unflagged and not at
 * its true place, or placed unflagged although its words are gone). Spans are given as the product keeps
 * a source or cue: start, end and words, no stored context.
 *
 * <pre>./mvnw -Pbench verify -Dit.test=ReanchoringBench</pre>
 */
public final class SpanReanchoringEvaluation {

    /** Kinds of desk edit. */
    enum Edit { MOVE_PARAGRAPH, DELETE_PARAGRAPH, INSERT_PARAGRAPH, CORRECT_FIGURE, CHANGE_WORD }

    /** Counts over one half: spans whose words survived the edit, and spans whose words it removed or changed. */
    public record Counts(int articles, int trials, int intact, int followed, int intactFlagged, int intactLost,
            int gone, int goneFlaggedOrLost, int silentlyWrong, int shortSpans, int shortFollowed) {

        public double followedShare() {
            return intact == 0 ? 0 : (double) followed / intact;
        }

        public double shortFollowedShare() {
            return shortSpans == 0 ? 0 : (double) shortFollowed / shortSpans;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final int TRIALS_PER_ARTICLE = Integer.getInteger("reanchoring.trials", 12);
    private static final int SEED_SALT = Integer.getInteger("reanchoring.salt", 0);

    private SpanReanchoringEvaluation() {
    }

    public static Counts evaluate(Path dir, GroupSplit.Half half) throws IOException {
        var annotations = new TreeMap<String, Path>();
        try (var files = Files.list(dir.resolve("attributions"))) {
            for (var ann : files.sorted().toList()) {
                annotations.putIfAbsent(ann.getFileName().toString().replaceAll("_[^_]+\\.ann$", ""), ann);
            }
        }
        var split = GroupSplit.of(annotations.keySet().stream().map(AttributionEvaluation::publisher).toList());
        int articles = 0, trials = 0, intact = 0, followed = 0, intactFlagged = 0, intactLost = 0, gone = 0,
                goneCaught = 0, wrong = 0, shortSpans = 0, shortFollowed = 0;
        for (var entry : annotations.entrySet()) {
            var textFile = dir.resolve("text").resolve(entry.getKey() + ".txt");
            if (split.half(AttributionEvaluation.publisher(entry.getKey())) != half || !Files.exists(textFile)) {
                continue;
            }
            articles++;
            var text = Files.readString(textFile, StandardCharsets.UTF_8);
            var spans = new ArrayList<int[]>();
            for (var a : AttributionEvaluation.read(Files.readString(entry.getValue(), StandardCharsets.UTF_8))) {
                for (var part : List.of(a.source(), a.cue(), a.content())) {
                    if (!part.isEmpty() && part.getFirst().end() > part.getFirst().start()
                            && part.getFirst().end() <= text.length()) {
                        spans.add(new int[] {part.getFirst().start(), part.getFirst().end()});
                    }
                }
            }
            var random = new Random(entry.getKey().hashCode() + 31L * SEED_SALT);
            for (int t = 0; t < TRIALS_PER_ARTICLE; t++) {
                var edit = Edit.values()[t % Edit.values().length];
                var edited = edit(text, edit, random);
                if (edited == null) {
                    continue;
                }
                trials++;
                var reanchorer = new Reanchorer(text, edited.text());
                var oldCp = new CodePointText(text);
                var newCp = new CodePointText(edited.text());
                for (var span : spans) {
                    var words = text.substring(span[0], span[1]);
                    var anchor = new TextAnchor(oldCp.toCodePoint(span[0]), oldCp.toCodePoint(span[1]), words, "", "");
                    var result = reanchor(reanchorer, anchor);
                    var truth = edited.truth(span[0], span[1]);
                    boolean unflagged = result.outcome() != Reanchoring.Outcome.NEEDS_REVIEW
                            && result.flag() == Reanchoring.Flag.NONE;
                    boolean atTruth = truth != null && result.anchor() != null
                            && result.anchor().start() == newCp.toCodePoint(truth[0])
                            && result.anchor().end() == newCp.toCodePoint(truth[1]);
                    if (truth != null) {
                        intact++;
                        boolean isShort = anchor.length() < Reanchorer.SHORT_QUOTE;
                        shortSpans += isShort ? 1 : 0;
                        if (unflagged && atTruth) {
                            followed++;
                            shortFollowed += isShort ? 1 : 0;
                        } else if (result.outcome() == Reanchoring.Outcome.NEEDS_REVIEW) {
                            intactLost++;
                        } else if (!unflagged) {
                            intactFlagged++;
                        }
                    } else {
                        gone++;
                        goneCaught += unflagged ? 0 : 1;
                    }
                    if (unflagged && !atTruth) {
                        wrong++;
                        if (Boolean.getBoolean("debug.tuning") && half == GroupSplit.Half.TUNING) {
                            System.out.println("WRONG " + entry.getKey() + " " + edit + " span " + anchor + " -> " + result
                                    + " truth " + java.util.Arrays.toString(truth));
                            int from = Math.max(0, result.anchor().start() - 200);
                            System.out.println("NEW: " + newCp.slice(from, Math.min(newCp.length(), result.anchor().end() + 200)));
                            System.out.println("OLD: " + oldCp.slice(Math.max(0, anchor.start() - 200), Math.min(oldCp.length(), anchor.end() + 200)));
                        }
                    }
                }
            }
        }
        return new Counts(articles, trials, intact, followed, intactFlagged, intactLost, gone, goneCaught, wrong,
                shortSpans, shortFollowed);
    }

    private static Reanchoring reanchor(Reanchorer reanchorer, TextAnchor anchor) {
        return reanchorer.reanchor(anchor);
    }

    /** A new text and, for each character of the old one, where it went (-1: removed or changed). */
    record Edited(String text, int[] to) {

        /** Where an old span's words are in the new text, or null when the edit removed or changed any of them. */
        int @Nullable [] truth(int start, int end) {
            int first = to[start];
            for (int i = start; i < end; i++) {
                if (to[i] < 0 || to[i] != first + (i - start)) {
                    return null;
                }
            }
            return new int[] {first, first + (end - start)};
        }
    }

    /** One piece of the new text: a run of old characters from {@code from}, or new characters (from -1). */
    private record Piece(String text, int from) {
    }

    private static @Nullable Edited edit(String text, Edit edit, Random random) {
        var paragraphs = paragraphs(text);
        if (paragraphs.size() < 3) {
            return null;
        }
        var pieces = new ArrayList<Piece>();
        for (var p : paragraphs) {
            pieces.add(new Piece(text.substring(p[0], p[1]), p[0]));
        }
        int at = random.nextInt(pieces.size());
        switch (edit) {
            case MOVE_PARAGRAPH -> {
                var moved = pieces.remove(at);
                int to = random.nextInt(pieces.size() + 1);
                pieces.add(to == at ? (to + 1) % (pieces.size() + 1) : to, moved);
            }
            case DELETE_PARAGRAPH -> pieces.remove(at);
            case INSERT_PARAGRAPH -> pieces.add(at, new Piece("Editor's note: this article was updated on Monday "
                    + "after officials said the figures had changed.", -1));
            case CORRECT_FIGURE, CHANGE_WORD -> {
                var pattern = edit == Edit.CORRECT_FIGURE ? NUMBER : WORD;
                var candidates = new ArrayList<int[]>();
                var m = pattern.matcher(text);
                while (m.find()) {
                    candidates.add(new int[] {m.start(), m.end()});
                }
                if (candidates.isEmpty()) {
                    return null;
                }
                var hit = candidates.get(random.nextInt(candidates.size()));
                var old = text.substring(hit[0], hit[1]);
                var replacement = edit == Edit.CORRECT_FIGURE ? new StringBuilder(old).reverse() + "1" : "revised";
                return assemble(text, List.of(new Piece(text.substring(0, hit[0]), 0), new Piece(replacement, -1),
                        new Piece(text.substring(hit[1]), hit[1])), false);
            }
        }
        return assemble(text, pieces, true);
    }

    /** Paragraphs as [start, end) with the line break that follows each kept in it. */
    private static List<int[]> paragraphs(String text) {
        var list = new ArrayList<int[]>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                list.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            list.add(new int[] {start, text.length()});
        }
        return list;
    }

    private static Edited assemble(String old, List<Piece> pieces, boolean paragraphs) {
        var text = new StringBuilder();
        var to = new int[old.length()];
        java.util.Arrays.fill(to, -1);
        for (var piece : pieces) {
            var s = piece.text();
            // The last paragraph, moved up, gets the line break it never had, as an editor would give it.
            if (paragraphs && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            if (piece.from() >= 0) {
                for (int i = 0; i < s.length(); i++) {
                    to[piece.from() + i] = text.length() + i;
                }
            } else if (paragraphs && !s.endsWith("\n")) {
                s = s + "\n";
            }
            text.append(s);
        }
        return new Edited(text.toString(), to);
    }

    public static void main(String[] args) throws IOException {
        var dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/data/attribution/polnear-dev");
        // While choosing rules: --tuning scores the tuning half alone, so the untouched half is not looked at.
        for (var half : GroupSplit.Half.values()) {
            if (half == GroupSplit.Half.TUNING || !List.of(args).contains("--tuning")) {
                System.out.println(half.label + ": " + evaluate(dir, half));
            }
        }
    }
}
