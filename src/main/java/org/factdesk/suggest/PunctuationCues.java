package org.factdesk.suggest;

import static org.factdesk.suggest.Contents.contentBefore;
import static org.factdesk.suggest.Phrases.isQuote;
import static org.factdesk.suggest.Phrases.lastWord;
import static org.factdesk.suggest.Phrases.nounPhraseBackward;
import static org.factdesk.suggest.Phrases.nounPhraseForward;

import java.util.List;
import org.factdesk.suggest.TextAnalysis.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Punctuation as a cue, as the annotation guidelines describe it: a colon after a short name at the
 * start of a sentence ("Jane Roe: …", a transcript's "ROE: …"), and a dash that signs a quotation
 * ("“…” ― Jane Roe").
 */
final class PunctuationCues {

    private PunctuationCues() {
    }

    /** For each sentence, the index of the last sentence of its paragraph. */
    static int[] paragraphEnds(String text, List<Sentence> sentences) {
        var last = new int[sentences.size()];
        for (int s = sentences.size() - 1; s >= 0; s--) {
            boolean lastInParagraph = s == sentences.size() - 1
                    || text.substring(sentences.get(s).end(), sentences.get(s + 1).start()).contains("\n");
            last[s] = lastInParagraph ? s : last[s + 1];
        }
        return last;
    }

    /** "Jane Roe: Voters are worried…": a short name before a colon at the start of a sentence. */
    static @Nullable FoundAttribution colonCue(List<Sentence> sentences, Sentence sentence, int i, int[] paragraphEnds) {
        int lastOfParagraph = paragraphEnds[sentence.index()];
        var tokens = sentence.tokens();
        if (i > 6) {
            return null;
        }
        var np = nounPhraseBackward(tokens, i - 1);
        if (np == null || np[0] != 0 && !(np[0] == 1 && isQuote(tokens.get(0)))) {
            return null;
        }
        int end = lastWord(tokens);
        if (end - (i + 1) < 2) {
            return null;
        }
        int endOffset = tokens.get(end).end();
        // A speaker's turn in a transcript ("ROE: …", also when the transcript is quoted) runs to the end of
        // the paragraph, and is the speaker's own words: a direct quotation without quotation marks, whose
        // cues other than "said" are part of what was said (its confidence, 0.8, is above theirs; chosen on
        // the tuning half of the publishers, where 0.6 kept a few more of them wrongly).
        boolean turn = tokens.get(np[1]).text().equals(tokens.get(np[1]).text().toUpperCase(java.util.Locale.ROOT));
        if (turn && lastOfParagraph > sentence.index()) {
            endOffset = sentences.get(lastOfParagraph).end();
        }
        if (turn && isQuote(tokens.get(0)) && !Phrases.closesQuote(tokens, 1)) {
            // A quoted transcript: the turn runs on over the paragraphs that open with a quotation mark
            // again and name no other speaker.
            int last = paragraphEnds[sentence.index()];
            for (int paragraphs = 0; paragraphs < 5 && last + 1 < sentences.size(); paragraphs++) {
                var next = sentences.get(last + 1);
                if (next.tokens().isEmpty() || !Quotations.opensParagraph(next.tokens())) {
                    break;
                }
                last = paragraphEnds[last + 1];
                endOffset = sentences.get(last).end();
            }
        }
        return new FoundAttribution(new Span(tokens.get(i).start(), tokens.get(i).end()),
                new Span(tokens.get(np[0]).start(), tokens.get(np[1]).end()),
                new Span(tokens.get(i + 1).start(), endOffset), turn || isQuote(tokens.get(i + 1)), turn ? 0.8 : 0.5, sentence.index());
    }

    /** "“…” ― Jane Roe": a quotation signed with a dash and a name. */
    static @Nullable FoundAttribution dashCue(String text, List<Sentence> sentences, Sentence sentence, int i) {
        var tokens = sentence.tokens();
        var np = nounPhraseForward(tokens, i + 1);
        if (np == null) {
            return null;
        }
        var content = contentBefore(text, sentences, sentence, i - 1);
        if (content == null) {
            return null;
        }
        return new FoundAttribution(new Span(tokens.get(i).start(), tokens.get(i).end()),
                new Span(tokens.get(np[0]).start(), tokens.get(np[1]).end()), content.span(), true, 0.7, sentence.index());
    }
}
