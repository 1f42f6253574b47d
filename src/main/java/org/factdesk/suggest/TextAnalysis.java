package org.factdesk.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Cuts text into sentences and tokens and tags each token with its part of speech (Universal
 * Dependencies tags: NOUN, PROPN, VERB, AUX, PRON, DET, ADJ, ADV, ADP, NUM, PUNCT…). Sentences never
 * cross a line break (one paragraph per line). Offsets are Java string indices into the text.
 *
 * <p>The models (OpenNLP's English UD-EWT models) are loaded once; taggers are per thread, as
 * OpenNLP's are not thread-safe.
 */
public final class TextAnalysis {

    /** One token with its tag. */
    public record Token(String text, int start, int end, String tag) {

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        public boolean is(String... tags) {
            for (var t : tags) {
                if (tag.equals(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One sentence: its span and tokens. */
    public record Sentence(int index, int start, int end, List<Token> tokens) {

        public String text(String all) {
            return all.substring(start, end);
        }
    }

    private static final String PREFIX = "opennlp-en-ud-ewt-";
    private static final SentenceModel SENTENCES = load(PREFIX + "sentence-1.2-2.5.0.bin", SentenceModel::new);
    private static final POSModel TAGS = load(PREFIX + "pos-1.2-2.5.0.bin", POSModel::new);
    private static final ThreadLocal<SentenceDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCES));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(TAGS));

    /** Words (with inner hyphens and apostrophes), numbers (with separators, decimals, currency, percent), abbreviations, and any other character alone. */
    private static final Pattern TOKEN = Pattern.compile(
            "[$£€¥]?\\d+(?:[.,:/]\\d+)*(?:%|(?:bn|m|k|tn)\\b)?"
                    + "|\\p{L}\\.(?:\\p{L}\\.)+"
                    + "|(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt|Maj|Adm|Cmdr|Gens?|Inc|Corp|Co|Ltd"
                    + "|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|etc|Ave|Blvd|Mt|Ft|Pres|Sens|Reps)\\.(?=\\s)"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{Nd}]*(?:[-'’][\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*)*"
                    + "|''|``|--+"
                    + "|\\S");
    private static final Pattern CLITIC = Pattern.compile("(?i)(.+?)(n['’]t|['’]s|['’]re|['’]ve|['’]ll|['’]d|['’]m)$");

    private TextAnalysis() {
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (var in = TextAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP model " + resource + " is not on the classpath");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the models now rather than on the first request. */
    public static void warmUp() {
        analyse("Warm-up: the model said it was ready.");
    }

    public static List<Sentence> analyse(String text) {
        var sentences = new ArrayList<Sentence>();
        var detector = DETECTOR.get();
        var tagger = TAGGER.get();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            var line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                var spans = new ArrayList<int[]>();
                for (var span : detector.sentPosDetect(line)) {
                    int start = lineStart + span.getStart();
                    int end = lineStart + span.getEnd();
                    // A "sentence" that starts in lower case, or follows a quotation closed by a comma
                    // ("…,” she said.), continues the one before.
                    if (!spans.isEmpty() && continues(text, spans.getLast(), start)) {
                        spans.getLast()[1] = end;
                    } else {
                        spans.add(new int[] { start, end });
                    }
                }
                for (var span : spans) {
                    int start = span[0];
                    int end = span[1];
                    var tokens = tokens(text, start, end);
                    if (tokens.isEmpty()) {
                        continue;
                    }
                    var words = tokens.stream().map(Token::text).toArray(String[]::new);
                    var tags = tagger.tag(words);
                    var tagged = new ArrayList<Token>(tokens.size());
                    for (int i = 0; i < tokens.size(); i++) {
                        var t = tokens.get(i);
                        tagged.add(new Token(t.text(), t.start(), t.end(), tags[i]));
                    }
                    sentences.add(new Sentence(sentences.size(), start, end, List.copyOf(tagged)));
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static boolean continues(String text, int[] previous, int start) {
        int first = start;
        while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
            first++;
        }
        if (first < text.length() && Character.isLowerCase(text.charAt(first))) {
            return true;
        }
        var before = text.substring(previous[0], previous[1]).stripTrailing();
        return before.matches("(?s).*[,\u2014-]\s*['\"\u201D\u2019]+$");
    }

    static List<Token> tokens(String text, int start, int end) {
        var tokens = new ArrayList<Token>();
        var m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            var word = m.group();
            var clitic = word.length() > 2 ? CLITIC.matcher(word) : null;
            if (clitic != null && clitic.matches() && Character.isLetter(word.charAt(0))) {
                int split = m.start() + clitic.group(1).length();
                tokens.add(new Token(clitic.group(1), m.start(), split, ""));
                tokens.add(new Token(clitic.group(2), split, m.end(), ""));
            } else {
                tokens.add(new Token(word, m.start(), m.end(), ""));
            }
        }
        return tokens;
    }
}
