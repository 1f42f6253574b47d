package org.factdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run, each beside its target, written to target/bench/results.json
 * and results.md after every benchmark class. A figure that misses its target by more than 50%
 * fails the run: the harness is a guard against regressions, while the figures themselves come
 * from a machine that may be busy.
 */
public final class BenchResults {

    /** Which statistic the target applies to. */
    public enum On { MEDIAN, P95, VALUE }

    /**
     * One figure. For "higher is better" figures (sessions per GiB, F1) the guard is inverted.
     */
    public record Figure(String name, String unit, double median, double p95, double max, int samples, Double target,
            On on, boolean lowerIsBetter, String note) {

        /** Whether a p95 is worth showing: with fewer samples it is only the slowest one or two. */
        boolean hasP95() {
            return on != On.VALUE && samples >= MIN_SAMPLES_FOR_P95;
        }

        /** What the target is judged on; a p95 target with too few samples for a p95 is judged on the slowest. */
        double measured() {
            return on == On.P95 ? (hasP95() ? p95 : max) : median;
        }

        String status() {
            if (target == null) {
                return "reported";
            }
            if (lowerIsBetter) {
                return measured() <= target ? "meets" : measured() <= target * 1.5 ? "misses" : "FAILS";
            }
            return measured() >= target ? "meets" : measured() >= target / 1.5 ? "misses" : "FAILS";
        }
    }

    /** Fewer samples than this show no p95 (issue 21: "p95 only where there are at least 20 samples"). */
    static final int MIN_SAMPLES_FOR_P95 = 20;

    /** The suffix of a figure measured again on PostgreSQL; the results show it beside its H2 twin. */
    public static final String POSTGRESQL = " — PostgreSQL";

    private static final Map<String, Figure> FIGURES = new LinkedHashMap<>();
    private static final Map<String, String> CONTEXT = new LinkedHashMap<>();

    private BenchResults() {
    }

    public static synchronized void context(String key, String value) {
        CONTEXT.put(key, value);
    }

    /** Records a figure from repeated samples (after warm-up). */
    public static synchronized Figure record(String name, String unit, List<Double> samples, Double target, On on,
            String note) {
        var sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var figure = new Figure(name, unit, percentile(sorted, 50), percentile(sorted, 95),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], sorted.length, target, on, true, note);
        FIGURES.put(name, figure);
        System.out.printf(Locale.ROOT, "[bench] %-60s n %4d  median %10.1f  %s %10.1f %s  target %s (%s)%n", name,
                figure.samples(), figure.median(), figure.hasP95() ? "p95" : "max", figure.hasP95() ? figure.p95()
                        : figure.max(), unit, target == null ? "-" : target, figure.status());
        return figure;
    }

    /** Records a single value, such as a ratio or a count. */
    public static synchronized Figure value(String name, String unit, double value, Double target, boolean lowerIsBetter,
            String note) {
        var figure = new Figure(name, unit, value, value, value, 1, target, On.VALUE, lowerIsBetter, note);
        FIGURES.put(name, figure);
        System.out.printf(Locale.ROOT, "[bench] %-60s %10.3f %s  target %s (%s)%n", name, value, unit,
                target == null ? "-" : target, figure.status());
        return figure;
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        // Nearest rank.
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Writes both files; answers the figures that fail their guard. */
    public static synchronized List<Figure> write() {
        var dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("results.json"), json());
            Files.writeString(dir.resolve("results.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FIGURES.values().stream().filter(f -> f.status().equals("FAILS")).toList();
    }

    private static String json() {
        var sb = new StringBuilder("{\n  \"generatedAt\": \"").append(Instant.now()).append("\",\n  \"context\": {");
        var ctx = new ArrayList<String>();
        CONTEXT.forEach((k, v) -> ctx.add("\n    " + str(k) + ": " + str(v)));
        sb.append(String.join(",", ctx)).append("\n  },\n  \"figures\": [");
        var rows = new ArrayList<String>();
        for (var f : FIGURES.values()) {
            rows.add(String.format(Locale.ROOT,
                    "\n    {\"name\": %s, \"unit\": %s, \"median\": %.3f, \"p95\": %s, \"max\": %.3f, \"samples\": %d, "
                            + "\"target\": %s, \"targetOn\": %s, \"lowerIsBetter\": %s, \"status\": %s, \"note\": %s}",
                    str(f.name()), str(f.unit()), f.median(),
                    f.hasP95() ? String.format(Locale.ROOT, "%.3f", f.p95()) : "null", f.max(), f.samples(),
                    f.target() == null ? "null" : f.target().toString(), str(f.on().name().toLowerCase(Locale.ROOT)),
                    f.lowerIsBetter(), str(f.status()), str(f.note())));
        }
        return sb.append(String.join(",", rows)).append("\n  ]\n}\n").toString();
    }

    /**
     * " at 1a2b3c4", the commit measured (and " with uncommitted changes" when the work tree had some),
     * which the README's figures name (ReadmeFiguresTest); empty outside a git checkout.
     */
    static String commit() {
        try {
            var head = run("git", "rev-parse", "--short", "HEAD").strip();
            if (head.isEmpty() || head.contains(" ")) {
                return "";
            }
            var dirty = !run("git", "status", "--porcelain", "--untracked-files=no").isBlank();
            return " at " + head + (dirty ? " with uncommitted changes" : "");
        } catch (IOException e) {
            return "";
        }
    }

    private static String run(String... command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return process.waitFor() == 0 ? out : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String markdown() {
        var sb = new StringBuilder("# Factdesk benchmark results\n\n");
        sb.append("Generated ").append(Instant.now()).append(" by `./mvnw -Pbench verify`").append(commit()).append(".\n\n");
        CONTEXT.forEach((k, v) -> sb.append("- ").append(k).append(": ").append(v).append('\n'));
        sb.append("\n| Figure | Samples | Median | p95 | Target | Status | Note |\n|---|---:|---:|---:|---|---|---|\n");
        for (var f : FIGURES.values()) {
            var target = f.target() == null ? "" : (f.lowerIsBetter() ? "≤ " : "≥ ") + fmt(f.target()) + " " + f.unit()
                    + (f.on() == On.VALUE ? "" : " (" + (f.on() == On.P95 && !f.hasP95() ? "slowest of " + f.samples()
                            : f.on().name().toLowerCase(Locale.ROOT)) + ")");
            sb.append("| ").append(f.name()).append(" | ").append(f.on() == On.VALUE ? "" : f.samples()).append(" | ")
                    .append(fmt(f.median())).append(' ').append(f.unit())
                    .append(" | ").append(f.hasP95() ? fmt(f.p95()) + " " + f.unit() : "").append(" | ")
                    .append(target).append(" | ").append(f.status()).append(" | ").append(f.note()).append(" |\n");
        }
        var twins = FIGURES.values().stream().filter(f -> f.name().endsWith(POSTGRESQL)
                && FIGURES.containsKey(f.name().substring(0, f.name().length() - POSTGRESQL.length()))).toList();
        if (!twins.isEmpty()) {
            sb.append("\n## H2 and PostgreSQL side by side\n\nThe same workload, machine and run; the figures above, ")
                    .append("paired. (The PostgreSQL server shares the machine's two cores with Factdesk and the clients.)\n\n")
                    .append("| Figure | H2 median | H2 p95 | PostgreSQL median | PostgreSQL p95 |\n|---|---:|---:|---:|---:|\n");
            for (var pg : twins) {
                var h2 = FIGURES.get(pg.name().substring(0, pg.name().length() - POSTGRESQL.length()));
                sb.append("| ").append(h2.name()).append(" | ").append(fmt(h2.median())).append(' ').append(h2.unit())
                        .append(" | ").append(h2.hasP95() ? fmt(h2.p95()) + " " + h2.unit() : "").append(" | ")
                        .append(fmt(pg.median())).append(' ').append(pg.unit()).append(" | ")
                        .append(pg.hasP95() ? fmt(pg.p95()) + " " + pg.unit() : "").append(" |\n");
            }
        }
        sb.append("\nA figure FAILS when it misses its target by more than 50%; that makes the command exit non-zero. A p95 is")
                .append(" shown only from ").append(MIN_SAMPLES_FOR_P95).append(" samples; a p95 target with fewer samples is")
                .append(" judged on the slowest one.\n");
        return sb.toString();
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String str(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static String describe(double[] values) {
        return Arrays.toString(values);
    }
}
