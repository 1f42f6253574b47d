package org.factdesk.document.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.factdesk.base.GroupSplit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the article extractor over a folder of pages with a ground-truth file in the format of the
 * article-extraction benchmark ({@code {name: {articleBody, url}}}, pages in {@code html/NAME.html.gz})
 * and prints precision, recall and F1.
 *
 * <pre>./mvnw -Pbench verify -Dit.test=ExtractionBench -Dshared.data=../shared/data</pre>
 * or, with the test classpath, {@code java ... ExtractionEvaluation DIR [--pages]}.
 */
public final class ExtractionEvaluation {

    /** One page's outcome under both tokenisations; {@code site} is the URL's host without "www.". */
    public record PageResult(String name, String site, ShingleScore.Page words, ShingleScore.Page whitespace) {
    }

    /** Every page's outcome and the averages. */
    public record Result(List<PageResult> pages, ShingleScore.Summary words, ShingleScore.Summary whitespace) {

        /** The same figures over one half of the sites. */
        public Result half(GroupSplit.Half half) {
            var split = GroupSplit.of(pages.stream().map(PageResult::site).toList());
            var kept = pages.stream().filter(p -> split.half(p.site()) == half).toList();
            return new Result(kept, ShingleScore.summary(kept.stream().map(PageResult::words).toList()),
                    ShingleScore.summary(kept.stream().map(PageResult::whitespace).toList()));
        }
    }

    private ExtractionEvaluation() {
    }

    public static Result evaluate(Path dir) throws IOException {
        var truth = JsonMapper.builder().build().readTree(dir.resolve("ground-truth.json").toFile());
        var names = new TreeMap<String, String>();
        var sites = new java.util.HashMap<String, String>();
        for (var entry : truth.properties()) {
            names.put(entry.getKey(), entry.getValue().path("articleBody").asString(""));
            sites.put(entry.getKey(), site(entry.getValue().path("url").asString("")));
        }
        var pages = new ArrayList<PageResult>();
        for (var entry : names.entrySet()) {
            var file = dir.resolve("html").resolve(entry.getKey() + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            var extracted = Importers.fromUpload(file.getFileName().toString(), Files.readAllBytes(file)).text();
            pages.add(new PageResult(entry.getKey(), sites.get(entry.getKey()), ShingleScore.page(entry.getValue(), extracted, ShingleScore.Tokens.WORD),
                    ShingleScore.page(entry.getValue(), extracted, ShingleScore.Tokens.WHITESPACE)));
        }
        return new Result(pages, ShingleScore.summary(pages.stream().map(PageResult::words).toList()),
                ShingleScore.summary(pages.stream().map(PageResult::whitespace).toList()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 2 && args[1].equals("--text")) {
            var file = Path.of(args[0]).resolve("html").resolve(args[2] + ".html.gz");
            System.out.println(Importers.fromUpload(file.getFileName().toString(), Files.readAllBytes(file)).text());
            return;
        }
        var result = evaluate(Path.of(args.length > 0 ? args[0] : "../shared/data/article-extraction"));
        if (List.of(args).contains("--pages")) {
            result.half(GroupSplit.Half.TUNING).pages().stream().sorted((a, b) -> Double.compare(f1(a.words()), f1(b.words())))
                    .forEach(p -> System.out.printf(Locale.ROOT, "%s %s  P %.3f  R %.3f%n", p.name(), p.site(), p.words().precision(),
                            p.words().recall()));
        }
        print("\\w+ tokens (benchmark script)", result.words());
        print("whitespace tokens", result.whitespace());
        for (var half : List.of(args).contains("--untouched") ? List.of(GroupSplit.Half.values()) : List.of(GroupSplit.Half.TUNING)) {
            print("\\w+ tokens, " + half.label, result.half(half).words());
        }
    }

    /** The page's host without "www.": pages of one site share their furniture, so a site stays in one half. */
    static String site(String url) {
        var host = java.net.URI.create(url.strip()).getHost();
        return host == null ? url : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    private static double f1(ShingleScore.Page p) {
        return p.precision() + p.recall() == 0 ? 0 : 2 * p.precision() * p.recall() / (p.precision() + p.recall());
    }

    private static void print(String label, ShingleScore.Summary s) {
        System.out.printf(Locale.ROOT, "%-32s pages %d  precision %.3f  recall %.3f  F1 %.3f%n", label, s.pages(),
                s.precision(), s.recall(), s.f1());
    }
}
