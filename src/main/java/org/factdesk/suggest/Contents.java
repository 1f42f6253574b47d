package org.factdesk.suggest;

import static org.factdesk.suggest.CueWords.ADDRESSEE;
import static org.factdesk.suggest.CueWords.BELIEF;
import static org.factdesk.suggest.CueWords.OBJECT;
import static org.factdesk.suggest.CueWords.WHEN;
import static org.factdesk.suggest.CueWords.lemma;
import static org.factdesk.suggest.Phrases.CLOSE_QUOTES;
import static org.factdesk.suggest.Phrases.OPEN_QUOTES;
import static org.factdesk.suggest.Phrases.closesQuote;
import static org.factdesk.suggest.Phrases.isQuote;
import static org.factdesk.suggest.Phrases.lastWord;
import static org.factdesk.suggest.Phrases.nounPhraseForward;
import static org.factdesk.suggest.Phrases.opens;
import static org.factdesk.suggest.Phrases.opensQuote;

import java.util.List;
import java.util.Set;
import org.factdesk.suggest.TextAnalysis.Sentence;
import org.factdesk.suggest.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

/**
 * Where what was said starts and ends: the clause after a cue, the clause or quotation before it, a
 * quotation that carries on after its cue or over the next sentences, the paragraph a colon opens.
 */
final class Contents {

    private Contents() {
    }

    record ContentRun(Span span, boolean quoted) {
    }

    /**
     * A clause starts at {@code start}: a subject (a pronoun, a name, a noun phrase) followed within a
     * few words by its verb, before any punctuation.
     */
    static boolean bareClause(List<Token> tokens, int start) {
        var first = tokens.get(start);
        if (!first.is("PRON", "PROPN", "DET", "NOUN", "ADJ", "NUM") || QUESTION_WORDS.contains(first.lower())
                || first.is("PRON") && OBJECT_PRONOUNS.contains(first.lower())) {
            return false;
        }
        for (int k = start + 1; k < Math.min(tokens.size(), start + 8); k++) {
            var t = tokens.get(k);
            if (t.is("PUNCT")) {
                return false;
            }
            if (t.is("AUX") || t.is("VERB") && (t.lower().endsWith("s") || t.lower().endsWith("ed") || lemma(t.text()) == null && !t.lower().endsWith("ing"))) {
                return k > start;
            }
        }
        return false;
    }

    private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "who", "which", "why", "whether", "if");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "it", "you", "this");
    private static final Set<String> JOINING = Set.of("and", "but", "yet");

    /** Words that open a subordinate clause at the start of a sentence: "When tenants ask for repairs, …". */
    static final Set<String> SUBORDINATORS = Set.of("when", "if", "as", "after", "before", "while", "because", "since",
            "although", "though", "unless", "once", "whenever", "whereas");

    static @Nullable ContentRun contentAfter(String text, List<Sentence> sentences, Sentence sentence, int from,
            String lemma, boolean thinking) {
        var tokens = sentence.tokens();
        int start = from;
        if (ADDRESSEE.contains(lemma)) {
            var addressee = nounPhraseForward(tokens, start);
            if (addressee != null) {
                start = addressee[1] + 1;
            }
        }
        // "said on Tuesday that …", "wrote Saturday that …": a short phrase before the that-clause belongs to neither.
        if (start < tokens.size() && (tokens.get(start).is("ADP", "ADV") || WHEN.contains(tokens.get(start).lower()))) {
            for (int k = start + 1; k < Math.min(tokens.size(), start + 7); k++) {
                var t = tokens.get(k);
                if (t.lower().equals("that") && t.is("SCONJ", "PRON", "DET")) {
                    start = k;
                    break;
                }
                if (!t.is("ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV") && !t.text().equals(",")) {
                    break;
                }
            }
        }
        if (start + 1 < tokens.size() && tokens.get(start).text().equals(",") && tokens.get(start + 1).lower().endsWith("ing")
                && tokens.get(start + 1).is("VERB")) {
            // "said, speaking of the budget, “…”": the participle phrase is not what was said.
            int k = start + 2;
            while (k < tokens.size() && !tokens.get(k).text().equals(",") && !tokens.get(k).text().equals(":")) {
                k++;
            }
            if (k + 1 < tokens.size() && OPEN_QUOTES.contains(tokens.get(k + 1).text())) {
                start = k + 1;
            } else {
                return null;
            }
        }
        while (start < tokens.size() && (tokens.get(start).text().equals(",") || tokens.get(start).text().equals(":"))) {
            start++;
        }
        if (start >= tokens.size()) {
            // "The governor added:" ending its sentence introduces what follows: the next sentences of the paragraph.
            return start > from && tokens.get(start - 1).text().equals(":") ? followingParagraph(text, sentences, sentence)
                    : null;
        }
        var first = tokens.get(start);
        boolean quoteOpens = opens(text, first);
        if (!quoteOpens && CLOSE_QUOTES.contains(first.text())) {
            return null; // the cue stood inside a quotation that closes here: what follows is not its content
        }
        if (thinking && !quoteOpens && !first.lower().equals("that") && !(start > from && tokens.get(start - 1).text().equals(":"))) {
            // "wants to", "plans to": an intention is content too.
            if (!(first.lower().equals("to") && Set.of("want", "plan", "intend", "decide", "hope", "expect").contains(lemma))
                    && !(BELIEF.contains(lemma) && bareClause(tokens, start))) {
                return null;
            }
        }
        int end = lastWord(tokens);
        if (end < start) {
            return null;
        }
        // A clause needs a verb; a bare object ("denied the report") is not a content of its own.
        boolean hasVerb = false;
        for (int k = start; k <= end; k++) {
            if (tokens.get(k).is("VERB", "AUX")) {
                hasVerb = true;
                break;
            }
        }
        if (!hasVerb && !quoteOpens && !OBJECT.contains(lemma)
                && (thinking || Set.of("show", "find", "learn", "call", "speak", "continue", "add").contains(lemma))) {
            return null;
        }
        if (!quoteOpens) {
            end = clauseEnd(tokens, start, end);
            // "While the mayor admitted the cost had doubled, the council voted yes.": the content ends with the clause it opens.
            if (tokens.getFirst().is("SCONJ") || SUBORDINATORS.contains(tokens.getFirst().lower())) {
                for (int k = start + 1; k < end; k++) {
                    if (tokens.get(k).text().equals(",") && (tokens.get(k + 1).is("PRON", "PROPN", "DET", "NOUN")
                            || tokens.get(k + 1).is("ADV", "ADJ", "NUM"))) {
                        end = k - 1;
                        break;
                    }
                }
            }
        }
        if (end - start < 1 && !(end == start && OBJECT.contains(lemma) && (tokens.get(start).is("PRON")
                || tokens.get(start).is("PROPN", "NOUN", "ADJ", "VERB") && Character.isUpperCase(tokens.get(start).text().charAt(0))))) {
            return null; // one word is too little to be what was said, but for the object of a cue ("endorsed Trump", "denied it")
        }
        int endOffset = tokens.get(end).end();
        if (quoteOpens && !closesQuote(tokens, start + 1)) {
            endOffset = Quotations.quotationEnd(text, sentences, sentence, endOffset);
        }
        return new ContentRun(new Span(first.start(), endOffset), quoteOpens);
    }

    /** The sentences after {@code sentence} up to the end of their paragraph (at most six), as content. */
    static @Nullable ContentRun followingParagraph(String text, List<Sentence> sentences, Sentence sentence) {
        int index = sentence.index() + 1;
        if (index >= sentences.size() || sentences.get(index).tokens().isEmpty()) {
            return null;
        }
        var firstSentence = sentences.get(index);
        int endOffset = -1;
        for (int s = index; s < Math.min(sentences.size(), index + 6); s++) {
            if (s > index && text.substring(sentences.get(s - 1).end(), sentences.get(s).start()).contains("\n")) {
                break;
            }
            int last = lastWord(sentences.get(s).tokens());
            if (last < 0) {
                break;
            }
            endOffset = sentences.get(s).tokens().get(last).end();
        }
        if (endOffset < 0) {
            return null;
        }
        var first = firstSentence.tokens().getFirst();
        return new ContentRun(new Span(first.start(), endOffset), OPEN_QUOTES.contains(first.text()));
    }

    /** A short "as" clause that ends its sentence with a cue verb: "as the police have said". */
    private static boolean asReport(List<Token> tokens, int from, int end) {
        for (int k = from; k <= end && k < from + 6; k++) {
            if (tokens.get(k).is("VERB") && lemma(tokens.get(k).text()) != null) {
                return k == end;
            }
        }
        return false;
    }

    /**
     * Where the content that starts at {@code start} ends, at the latest {@code end}: before a
     * participle phrase that belongs to the reporting clause (", saying …", ", focusing on …").
     */
    static int clauseEnd(List<Token> tokens, int start, int end) {
        int depth = 0;
        for (int k = start + 1; k <= end; k++) {
            var t = tokens.get(k);
            if (OPEN_QUOTES.contains(t.text()) && !CLOSE_QUOTES.contains(t.text())) {
                depth++;
            } else if (CLOSE_QUOTES.contains(t.text()) && !OPEN_QUOTES.contains(t.text())) {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0 || k + 1 > end) {
                continue;
            }
            var next = tokens.get(k + 1);
            if (t.text().equals(",") && next.is("VERB") && next.lower().endsWith("ing")) {
                return k - 1;
            }
            // "announced the budget and promised to …": a second cue of the same subject starts a content of its own.
            if (JOINING.contains(t.lower())
                    && next.is("VERB") && lemma(next.text()) != null && !next.lower().endsWith("ing")) {
                return k - 1 > start && tokens.get(k - 1).text().equals(",") ? k - 2 : k - 1;
            }
            // "…, as the police have said": the reporting clause of the words before, not part of this content.
            if (t.text().equals(",") && next.lower().equals("as") && asReport(tokens, k + 2, end)) {
                return k - 1;
            }
            // "chastised the mayor but did not …": a second verb of the subject, not part of what was said.
            if ((t.lower().equals("but") || t.lower().equals("yet"))
                    && (next.is("AUX", "VERB") || next.is("ADV") && k + 2 <= end && tokens.get(k + 2).is("AUX", "VERB"))) {
                return k - 1 > start && tokens.get(k - 1).text().equals(",") ? k - 2 : k - 1;
            }
            // ", but she noted …": a clause of the sentence's own, with its own subject, is not what was said.
            if (t.text().equals(",") && next.is("CCONJ") && k + 2 <= end && tokens.get(k + 2).is("PRON", "PROPN")
                    && !tokens.get(k + 2).lower().equals("it")) {
                return k - 1;
            }
        }
        return end;
    }

    /**
     * The clause that ends at {@code end} (inclusive): back to the sentence start, without the comma
     * before the source; a quotation that closes here but opened in an earlier sentence of the
     * paragraph is taken whole.
     */
    static @Nullable ContentRun contentBefore(String text, List<Sentence> sentences, Sentence sentence, int end) {
        var tokens = sentence.tokens();
        while (end >= 0 && (tokens.get(end).text().equals(",") || tokens.get(end).text().equals("—")
                || tokens.get(end).text().equals("\u2013"))) {
            end--;
        }
        if (end < 1) {
            return null;
        }
        var run = run(tokens, 0, end);
        if (run == null) {
            return null;
        }
        boolean closes = CLOSE_QUOTES.contains(tokens.get(end).text()) || end > 0 && CLOSE_QUOTES.contains(tokens.get(end - 1).text());
        if (closes && !opensQuote(tokens, 0, end)) {
            int start = run.span().start();
            for (int s = sentence.index() - 1; s >= Math.max(0, sentence.index() - 5); s--) {
                var prev = sentences.get(s);
                if (text.substring(prev.end(), sentences.get(s + 1).start()).contains("\n")) {
                    break;
                }
                start = prev.start();
                if (opensQuote(prev.tokens(), 0, prev.tokens().size() - 1)) {
                    break;
                }
            }
            return new ContentRun(new Span(start, run.span().end()), true);
        }
        return run;
    }

    static @Nullable ContentRun run(List<Token> tokens, int from, int to) {
        while (from <= to && tokens.get(from).is("CCONJ") && from == 0) {
            from++;
        }
        if (to - from < 2) {
            return null;
        }
        boolean quoted = isQuote(tokens.get(from)) || isQuote(tokens.get(to));
        return new ContentRun(new Span(tokens.get(from).start(), tokens.get(to).end()), quoted);
    }

    /** Nothing but punctuation or a short phrase without a verb ("on Tuesday", "in a statement") follows. */
    static boolean endsClause(List<Token> tokens, int from) {
        if (from + 1 < tokens.size() && tokens.get(from).text().equals(",") && tokens.get(from + 1).lower().endsWith("ing")) {
            return true;
        }
        int words = 0;
        for (int k = from; k < tokens.size(); k++) {
            var t = tokens.get(k);
            if (t.is("VERB") || OPEN_QUOTES.contains(t.text()) && k > from) {
                return false;
            }
            if (!t.is("PUNCT")) {
                words++;
            }
        }
        return words <= 6;
    }

}
