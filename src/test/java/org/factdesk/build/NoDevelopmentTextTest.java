package org.factdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No rule, word list or comment in the shipped code quotes a development document: no run of six
 * words in {@code src/main} or {@code frontend} also occurs in the attribution articles or the
 * extraction pages of {@code ../shared/data} (issue 19: rules that quote the pages they are measured
 * on do not hold on others). Skipped, with a message, where the development data is not there.
 */
class NoDevelopmentTextTest {

    private static final int RUN = 6;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}']+");
    private static final Pattern TAG = Pattern.compile("(?s)<script.*?</script>|<style.*?</style>|<[^>]+>");

    @Test
    void the_shipped_code_quotes_no_development_document() throws IOException {
        var data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("attribution")),
                "../shared/data is not here: the development documents cannot be compared");
        var runs = new HashMap<String, Path>();
        for (var root : List.of(Path.of("src/main"), Path.of("frontend"))) {
            try (var files = Files.walk(root)) {
                // frontend/generated is Vaadin's build output (git-ignored), not code of ours
                for (var f : files.filter(p -> p.toString().matches(".*\\.(java|js|css|properties)$"))
                        .filter(p -> !p.startsWith(Path.of("frontend", "generated"))).toList()) {
                    for (var run : runs(Files.readString(f, StandardCharsets.UTF_8))) {
                        runs.putIfAbsent(run, f);
                    }
                }
            }
        }
        var found = new ArrayList<String>();
        try (var texts = Stream.concat(list(data.resolve("attribution/polnear-dev/text")),
                list(data.resolve("article-extraction/html")))) {
            for (var doc : texts.toList()) {
                for (var run : runs(read(doc))) {
                    var where = runs.get(run);
                    if (where != null) {
                        found.add("\"" + run + "\" in " + where + " and " + doc.getFileName());
                    }
                }
            }
        }
        assertThat(found).as("runs of %d words shared with a development document", RUN).isEmpty();
    }

    private static Stream<Path> list(Path dir) throws IOException {
        return Files.isDirectory(dir) ? Files.list(dir).sorted() : Stream.empty();
    }

    private static String read(Path doc) {
        try {
            if (doc.toString().endsWith(".gz")) {
                try (var in = new GZIPInputStream(Files.newInputStream(doc))) {
                    return TAG.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll(" ");
                }
            }
            return Files.readString(doc, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> runs(String text) {
        var words = new ArrayList<String>();
        var m = WORD.matcher(text.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        var result = new ArrayList<String>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            result.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return result;
    }
}
