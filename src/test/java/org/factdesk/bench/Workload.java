package org.factdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Realistic workloads from real sentences: the sample article's and, where ../shared/data is
 * present, the news articles of the attribution data, shuffled into documents of any length.
 */
public final class Workload {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u201D\"])\\s+(?=[A-Z\u201C\"])");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static List<String> sentences;

    private Workload() {
    }

    public static synchronized List<String> sentences() {
        if (sentences != null) {
            return sentences;
        }
        var all = new ArrayList<String>();
        try {
            addSentences(all, Files.readString(Path.of("sample-data/documents/biden-invited-putin.txt")));
            var shared = Path.of(System.getProperty("shared.data", "../shared/data"), "attribution/polnear-dev/text");
            if (Files.isDirectory(shared)) {
                try (var files = Files.list(shared)) {
                    for (var file : files.sorted().toList()) {
                        addSentences(all, Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        sentences = List.copyOf(all);
        BenchResults.context("sentences", all.size() + " real sentences (sample article"
                + (all.size() > 50 ? " and ../shared/data attribution articles)" : ")"));
        return sentences;
    }

    private static void addSentences(List<String> into, String raw) {
        // Sentences in the form Factdesk stores text (NFC, no control characters), so offsets agree.
        var text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).replaceAll("[\\p{Cc}&&[^\\n]]", " ");
        for (var line : text.split("\n")) {
            for (var s : SENTENCE_END.split(line.strip())) {
                if (s.split("\\s+").length >= 5) {
                    into.add(s.strip());
                }
            }
        }
    }

    /** A document of about {@code words} words, in paragraphs of 2 to 7 sentences. */
    public static String document(int words, long seed) {
        var random = new Random(seed);
        var all = sentences();
        var sb = new StringBuilder();
        int count = 0;
        int inParagraph = 0;
        int paragraphLength = 2 + random.nextInt(6);
        while (count < words) {
            var s = all.get(random.nextInt(all.size()));
            if (inParagraph > 0) {
                sb.append(' ');
            }
            sb.append(s);
            count += s.split("\\s+").length;
            if (++inParagraph >= paragraphLength) {
                sb.append('\n');
                inParagraph = 0;
                paragraphLength = 2 + random.nextInt(6);
            }
        }
        return sb.toString().strip();
    }

    /** Claim spans on word boundaries, 1 to 12 words long, in code points: {start, end}. */
    public static List<int[]> claimSpans(String text, int count, long seed) {
        var random = new Random(seed);
        var starts = new ArrayList<Integer>();
        var ends = new ArrayList<Integer>();
        var m = WORD.matcher(text);
        while (m.find()) {
            starts.add(text.codePointCount(0, m.start()));
            ends.add(text.codePointCount(0, m.end()));
        }
        var spans = new ArrayList<int[]>();
        for (int i = 0; i < count; i++) {
            int first = random.nextInt(Math.max(1, starts.size() - 13));
            int last = first + random.nextInt(12);
            spans.add(new int[] { starts.get(first), ends.get(last) });
        }
        return spans;
    }
}
