package org.factdesk.suggest;

import static org.factdesk.suggest.CueWords.WHEN;
import static org.factdesk.suggest.Phrases.CLOSE_QUOTES;
import static org.factdesk.suggest.Phrases.OPEN_QUOTES;
import static org.factdesk.suggest.Phrases.closesQuote;
import static org.factdesk.suggest.Phrases.isQuote;
import static org.factdesk.suggest.Phrases.lastWord;

import java.util.List;
import org.factdesk.suggest.TextAnalysis.Sentence;
import org.factdesk.suggest.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

/**
 * Where quotations lie and how far they run: the offsets inside a quotation of their paragraph, the
 * rest of a quotation split by its cue, and a quotation that runs on over sentences and paragraphs.
 */
final class Quotations {

    private Quotations() {
    }

    /**
     * The offsets of {@code text} that lie inside a quotation of their paragraph, in one pass per
     * paragraph: after more opening than closing curly marks, or after an odd number of straight double
     * marks. A cue there ("“I think we won,” she said") is
     * the quoted speaker's own words: the quotation is already attributed to her. Only where the
     * paragraph's marks pair up: a quotation that runs on into the next paragraph, or a transcript with
     * marks missing, says nothing reliable about where a quotation ends.
     */
    static java.util.BitSet quotations(String text) {
        var inside = new java.util.BitSet(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int opened = 0;
            int closed = 0;
            int straight = 0;
            for (int k = start; k < end; k++) {
                char c = text.charAt(k);
                if (c == '\u201C') {
                    opened++;
                } else if (c == '\u201D') {
                    closed++;
                } else if (c == '"') {
                    straight++;
                }
            }
            if (opened == closed && straight % 2 == 0 && opened + straight > 0) {
                int depth = 0;
                int odd = 0;
                for (int k = start; k < end; k++) {
                    if (depth > 0 || odd == 1) {
                        inside.set(k);
                    }
                    char c = text.charAt(k);
                    if (c == '\u201C') {
                        depth++;
                    } else if (c == '\u201D') {
                        depth = Math.max(0, depth - 1);
                    } else if (c == '"') {
                        odd ^= 1;
                    }
                }
            }
            start = end + 1;
        }
        return inside;
    }

    /**
     * The rest of a quotation split by its cue: "“It is a waste,” she said. “Everyone knows it.”" or
     * "“It is a waste,” she said, “and everyone knows it.”": a quotation that opens right after the cue
     * (after a comma) or opens the next sentence of the paragraph, up to where it closes (at most twenty
     * sentences and four more paragraphs on, each of which opens with a quotation mark again).
     */
    static @Nullable Span quotationAfter(String text, List<Sentence> sentences, Sentence sentence, int from,
            boolean addressee) {
        var tokens = sentence.tokens();
        int k = from;
        if (k < tokens.size() && (tokens.get(k).is("ADP") || WHEN.contains(tokens.get(k).lower())
                || addressee && tokens.get(k).is("NOUN", "PROPN", "PRON")
                || (tokens.get(k).text().equals(",") || tokens.get(k).is("SCONJ")) && k + 1 < tokens.size()
                        && participle(tokens.get(k + 1)))) {
            // "“…,” she told reporters in an interview, “…”": the person spoken to or a phrase of time or
            // place, without a verb of its own ("after meeting the mayor", ", speaking of the budget" are
            // phrases too), may stand between the cue and the rest.
            int j = k;
            while (j < tokens.size() && j - from < 12 && !(tokens.get(j).is("VERB", "AUX") && !participle(tokens.get(j)))
                    && !isQuote(tokens.get(j))
                    && !(tokens.get(j).is("PUNCT") && !tokens.get(j).text().equals(","))) {
                j++;
            }
            if (j > k && (j >= tokens.size() || isQuote(tokens.get(j)) || tokens.get(j).is("PUNCT") && !tokens.get(j).text().equals(","))) {
                k = j;
                while (k > from && tokens.get(k - 1).text().equals(",")) {
                    k--;
                }
            }
        }
        while (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
        }
        Sentence start = sentence;
        if (k >= tokens.size() || tokens.get(k).is("PUNCT") && !OPEN_QUOTES.contains(tokens.get(k).text())
                && lastWord(tokens.subList(k, tokens.size())) < 0) {
            // Nothing after the cue in its sentence: the next sentence of the paragraph may carry on.
            int next = sentence.index() + 1;
            if (next >= sentences.size() || text.substring(sentence.end(), sentences.get(next).start()).contains("\n")) {
                return null;
            }
            start = sentences.get(next);
            k = 0;
            if (!start.tokens().isEmpty() && !OPEN_QUOTES.contains(start.tokens().getFirst().text())
                    && start.tokens().stream().noneMatch(Phrases::isQuote) && next + 1 < sentences.size()
                    && !text.substring(start.end(), sentences.get(next + 1).start()).contains("\n")
                    && wholeQuotation(sentences.get(next + 1).tokens())) {
                // "“…,” the mayor said after the vote. She did not name anyone. “…”": a sentence of the
                // reporter's own may stand between the parts when the next is a quotation and nothing else.
                start = sentences.get(next + 1);
            }
        }
        var startTokens = start.tokens();
        if (k >= startTokens.size() || !OPEN_QUOTES.contains(startTokens.get(k).text())) {
            return null;
        }
        int last = lastWord(startTokens);
        if (last <= k) {
            return null;
        }
        int endOffset = startTokens.get(last).end();
        if (!closesQuote(startTokens, k + 1)) {
            endOffset = quotationEnd(text, sentences, start, endOffset);
        }
        return new Span(startTokens.get(k).start(), endOffset);
    }

    private static boolean participle(Token t) {
        return t.is("VERB") && t.lower().endsWith("ing");
    }

    /** The sentence is one quotation: it opens with a quotation mark, closes with one, and holds no other. */
    private static boolean wholeQuotation(List<Token> tokens) {
        if (tokens.size() < 3 || !OPEN_QUOTES.contains(tokens.getFirst().text())) {
            return false;
        }
        int marks = 0;
        for (var t : tokens) {
            if (Phrases.isQuote(t)) {
                marks++;
            }
        }
        int last = tokens.size() - 1;
        while (last > 0 && tokens.get(last).is("PUNCT") && !Phrases.isQuote(tokens.get(last))) {
            last--;
        }
        return marks == 2 && CLOSE_QUOTES.contains(tokens.get(last).text());
    }

    /** The paragraph opens with a quotation mark and no speaker's label ("ROE: …"). */
    static boolean opensParagraph(List<Token> tokens) {
        if (!(tokens.getFirst().text().equals("\u201C") || tokens.getFirst().text().equals("\""))) {
            return false;
        }
        return !(tokens.size() > 2 && tokens.get(2).text().equals(":")
                && tokens.get(1).text().equals(tokens.get(1).text().toUpperCase(java.util.Locale.ROOT)));
    }

    /**
     * Where a quotation still open at the end of {@code sentence} (ending at {@code endOffset} so far)
     * closes: it runs on over the next sentences of the paragraph and over up to four more paragraphs
     * that open with a quotation mark again (at most twenty sentences in all).
     */
    static int quotationEnd(String text, List<Sentence> sentences, Sentence sentence, int endOffset) {
        int paragraphs = 0;
        for (int s = sentence.index() + 1; s < Math.min(sentences.size(), sentence.index() + 20); s++) {
            var next = sentences.get(s);
            if (text.substring(sentences.get(s - 1).end(), next.start()).contains("\n")) {
                // A quotation that runs over paragraphs opens each of them again and closes only at its end.
                if (++paragraphs > 4 || next.tokens().isEmpty() || !opensParagraph(next.tokens())) {
                    break;
                }
            }
            int last = lastWord(next.tokens());
            if (last < 0) {
                break;
            }
            endOffset = next.tokens().get(last).end();
            if (closesQuote(next.tokens(), 0)) {
                break;
            }
        }
        return endOffset;
    }
}
