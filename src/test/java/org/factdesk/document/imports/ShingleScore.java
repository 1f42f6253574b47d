package org.factdesk.document.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: true and extracted body text are cut into shingles of
 * four consecutive tokens; shared, extra and missing shingles (counted as multisets) give a
 * precision and a recall per page, normalised so that long pages do not weigh more; precision and
 * recall are averaged over pages, and F1 is taken from the averages.
 *
 * <p>The benchmark's script tokenises with the regular expression {@code \w+} (Unicode), which is
 * what its published figures (trafilatura 0.958, Readability.js 0.947) use; {@link Tokens#WHITESPACE}
 * cuts at white space instead, as the shared data's README describes it. Both are reported.
 */
public final class ShingleScore {

    /** How text is cut into tokens. */
    public enum Tokens {
        WORD(Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS)),
        WHITESPACE(Pattern.compile("\\S+"));

        private final Pattern pattern;

        Tokens(Pattern pattern) {
            this.pattern = pattern;
        }

        List<String> of(String text) {
            var tokens = new ArrayList<String>();
            var m = pattern.matcher(text == null ? "" : text);
            while (m.find()) {
                tokens.add(m.group());
            }
            return tokens;
        }
    }

    /** One page's shared, extra and missing shingles, normalised to sum to 1. */
    public record Page(double tp, double fp, double fn) {

        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Averages over pages. */
    public record Summary(double precision, double recall, double f1, int pages) {
    }

    private ShingleScore() {
    }

    public static Page page(String truth, String extracted, Tokens tokens) {
        var t = shingles(tokens.of(truth));
        var p = shingles(tokens.of(extracted));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        var keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        for (var key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
    }

    public static Summary summary(List<Page> pages) {
        double precision = pages.stream().filter(p -> p.tp() + p.fp() > 0).mapToDouble(Page::precision).average().orElse(0);
        double recall = pages.stream().filter(p -> p.tp() + p.fn() > 0).mapToDouble(Page::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.size());
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        var counts = new HashMap<String, Integer>();
        // As the benchmark: a text shorter than four tokens is one shorter shingle; an empty one has none.
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            var shingle = String.join("\u0001", tokens.subList(i, Math.min(tokens.size(), i + 4)));
            if (!tokens.isEmpty()) {
                counts.merge(shingle, 1, Integer::sum);
            }
        }
        return counts;
    }
}
