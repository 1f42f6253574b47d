package org.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app's WordPiece tokenizer gives the ids Hugging Face's own tokenizer (DJL, test scope only) gives
 * for the same tokenizer.json: on sentences written to cover what news text holds (accents, scripts,
 * CJK, quotes and dashes, symbols, control and format characters, white space of every kind, long words)
 * and on 2,000 random strings drawn from those characters.
 */
class WordPieceTokenizerTest {

    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private static WordPieceTokenizer ours;
    private static HuggingFaceTokenizer reference;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = WordPieceTokenizerTest.class.getResourceAsStream(TOKENIZER)) {
            ours = WordPieceTokenizer.read(in);
        }
        try (InputStream in = WordPieceTokenizerTest.class.getResourceAsStream(TOKENIZER)) {
            reference = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
        }
    }

    @AfterAll
    static void close() {
        reference.close();
    }

    static final List<String> SENTENCES = List.of(
            "Kyiv said Moscow had deployed 80,000 troops near the border.",
            "“We will not back down,” the minister told reporters on Tuesday — a day after the vote.",
            "Unemployment fell to 3.5% in Q4 (from 3.9%), the ONS said; wages rose by £12.40/week.",
            "Café owners in Zürich and São Paulo say naïve rules cost them €1.2bn.",
            "Президент заявил, что инфляция снизилась до 7,4 процента.",
            "Ο ΟΔΥΣΣΕΥΣ και η Πηνελόπη: ΣΟΦΟΣ λόγος.",
            "قال المتحدث إن عدد القتلى بلغ ٣٠٠ شخص",
            "הממשלה הודיעה על קיצוץ של 5% בתקציב",
            "国务院表示，经济增长了5.2%。日本の首相は「検討する」と述べた。",
            "İstanbul'da ıslak zemin; Straße und Maß; ﬁnancial oﬃce.",
            "Emoji 🎉👍🏽 and ZWJ family 👨‍👩‍👧 in a tweet #fact-check @desk",
            "Tabs\tand\nnew lines\r\nand\u00A0no-break\u2009thin\u3000ideographic spaces",
            "Soft\u00ADhyphen, zero\u200Bwidth, joiner\u200D, BOM\uFEFF, control\u0007bell, replacement\uFFFD.",
            "Symbols: $100 + 5^2 = 125 | a~b `code` <tag> {json} [list] \\path",
            "Supercalifragilisticexpialidocious-" + "x".repeat(120) + " end",
            "A claim about COVID-19 vaccines: they \"alter human DNA\", says a viral post.",
            "Ünïcödé ÀÉÎÕÜ ñ ç ø å æ œ ł đ ħ",
            "1,234,567.89 1.234.567,89 10^6 3×4 ½ ¾ № ° ±",
            "Ellipsis… and dashes – — ‒ ― plus ‘single’ «guillemets» „low“.",
            "");

    @Test
    void written_sentences_tokenize_as_hugging_face_does() {
        for (var sentence : SENTENCES) {
            assertSame(sentence);
        }
    }

    @Test
    void random_strings_tokenize_as_hugging_face_does() {
        var pool = String.join("", SENTENCES).codePoints().distinct().toArray();
        var random = new Random(38);
        for (int i = 0; i < 2000; i++) {
            var text = new StringBuilder();
            int length = 1 + random.nextInt(60);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(random.nextInt(5) == 0 ? ' ' : pool[random.nextInt(pool.length)]);
            }
            assertSame(text.toString());
        }
    }

    @Test
    void a_long_text_is_cut_where_the_tokenizer_cuts_it() {
        var text = "The minister said the figures were wrong. ".repeat(40);
        var pieces = ours.tokens(text);
        assertThat(ours.maxTokens()).as("the truncation in tokenizer.json").isEqualTo(128);
        assertThat(pieces).hasSizeGreaterThan(ours.maxTokens());
        try (InputStream in = getClass().getResourceAsStream(TOKENIZER)) {
            // the tokenizer as LangChain4j loaded it: tokenizer.json's own truncation kept
            var asShipped = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
            var cut = ours.truncatedInputIds(text);
            assertThat(cut).containsExactly(asShipped.encode(text).getIds());
            asShipped.close();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertSame(String text) {
        var expected = reference.encode(text).getIds();
        var actual = ours.inputIds(ours.tokens(text));
        assertThat(actual).as("%s%nours: %s%nHugging Face: %s%nreference tokens: %s", text,
                ours.tokens(text), Arrays.toString(expected), new ArrayList<>(List.of(reference.encode(text).getTokens())))
                .containsExactly(expected);
    }
}
