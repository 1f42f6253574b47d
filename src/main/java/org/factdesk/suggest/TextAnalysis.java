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

    /**
     * The most tokens one sentence holds: a longer run without a sentence end (a transcript without
     * full stops, a list, a hostile text) is cut into pieces, so that the work per sentence, which
     * grows with the square of its length, stays bounded and the whole analysis linear in the text.
     * A safety limit, not a tuned setting: written sentences are far shorter.
     */
    public static final int MAX_SENTENCE_TOKENS = 200;

    private static final String PREFIX = "opennlp-en-ud-ewt-";
    private static final SentenceModel SENTENCES = load(PREFIX + "sentence-1.2-2.5.0.bin", SentenceModel::new);
    private static final POSModel TAGS = load(PREFIX + "pos-1.2-2.5.0.bin", POSModel::new);
    private static final ThreadLocal<SentenceDetectorME> DETECTOR = ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCES));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(TAGS));

    /** Words (with inner hyphens and apostrophes), numbers (with separators, decimals, currency, percent), abbreviations, and any other character alone but a space (a no-break space included). */
    private static final Pattern TOKEN = Pattern.compile(
            "[$£€¥]?\\d+(?:[.,:/]\\d+)*(?:%|(?:bn|m|k|tn)\\b)?"
                    + "|\\p{L}\\.(?:\\p{L}\\.)+"
                    + "|(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|Sgt|Capt|Maj|Adm|Cmdr|Gens?|Inc|Corp|Co|Ltd"
                    + "|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|etc|Ave|Blvd|Mt|Ft|Pres|Sens|Reps)\\.(?=\\s)"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{Nd}]*(?:[-'’][\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*)*"
                    + "|''|``|--+"
                    + "|[^\\s\\p{Z}]");
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
                    var tokens = tokens(text, span[0], span[1]);
                    int from = 0;
                    while (from < tokens.size()) {
                        int to = pieceEnd(tokens, from);
                        var piece = tokens.subList(from, to);
                        int start = from == 0 ? span[0] : piece.getFirst().start();
                        int end = to == tokens.size() ? span[1] : piece.getLast().end();
                        var words = piece.stream().map(Token::text).toArray(String[]::new);
                        var tags = tagger.tag(words);
                        var tagged = new ArrayList<Token>(piece.size());
                        for (int i = 0; i < piece.size(); i++) {
                            var t = piece.get(i);
                            tagged.add(new Token(t.text(), t.start(), t.end(), tags[i]));
                        }
                        sentences.add(new Sentence(sentences.size(), start, end, List.copyOf(tagged)));
                        from = to;
                    }
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
        // Does the sentence before end in a comma or dash and then closing quotes?
        int k = previous[1];
        while (k > previous[0] && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        int quotesEnd = k;
        while (k > previous[0] && "'\"\u201D\u2019".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k == quotesEnd) {
            return false;
        }
        while (k > previous[0] && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > previous[0] && ",\u2014-".indexOf(text.charAt(k - 1)) >= 0;
    }

    /**
     * Where the sentence piece that starts at token {@code from} ends: the whole rest when it has at
     * most {@link #MAX_SENTENCE_TOKENS} tokens; else after the last comma, semicolon, colon or dash in
     * the second half of the allowed length, or at the limit when there is none.
     */
    private static int pieceEnd(List<Token> tokens, int from) {
        if (tokens.size() - from <= MAX_SENTENCE_TOKENS) {
            return tokens.size();
        }
        int limit = from + MAX_SENTENCE_TOKENS;
        for (int k = limit - 1; k >= from + MAX_SENTENCE_TOKENS / 2; k--) {
            var t = tokens.get(k).text();
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("\u2014")) {
                return k + 1;
            }
        }
        return limit;
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
