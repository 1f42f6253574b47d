package org.factdesk.suggest;

import static org.factdesk.suggest.Contents.clauseEnd;
import static org.factdesk.suggest.Contents.contentBefore;
import static org.factdesk.suggest.Contents.run;
import static org.factdesk.suggest.Phrases.isQuote;
import static org.factdesk.suggest.Phrases.POSSESSIVE_DETERMINERS;
import static org.factdesk.suggest.Phrases.lastWord;
import static org.factdesk.suggest.Phrases.nounPhraseBackward;
import static org.factdesk.suggest.Phrases.nounPhraseForward;

import java.util.List;
import java.util.Set;
import org.factdesk.suggest.Contents.ContentRun;
import org.factdesk.suggest.TextAnalysis.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Cues that are not verbs, as the annotation guidelines describe them: nouns of saying with a
 * that-clause ("the mayor's claim that …"), "according to", and prepositional phrases of view ("in the
 * mayor's view", "in the eyes of most farmers").
 */
final class NonVerbCues {

    private NonVerbCues() {
    }

    /** "The mayor's claim that …", "her view that …": the possessor is the source, the that-clause the content. */
    static @Nullable FoundAttribution nounCue(Sentence sentence, int i) {
        var tokens = sentence.tokens();
        var source = possessor(tokens, i);
        if (source == null) {
            return null;
        }
        int start = i + 1;
        int end = clauseEnd(tokens, start, lastWord(tokens));
        if (end - start < 2) {
            return null;
        }
        return new FoundAttribution(new Span(tokens.get(i).start(), tokens.get(i).end()), source,
                new Span(tokens.get(start).start(), tokens.get(end).end()), false, 0.6, sentence.index());
    }

    /**
     * A noun of communication with "about" ("questions about his taxes", "her speech about the budget"):
     * the annotation guidelines' prepositional cue. The source is the possessor, or none is written.
     */
    static @Nullable FoundAttribution aboutCue(Sentence sentence, int i) {
        var tokens = sentence.tokens();
        int from = i + 2;
        int end = clauseEnd(tokens, from, lastWord(tokens));
        if (end < from) {
            return null;
        }
        // What it is about: up to the end of the clause, or of the phrase when a verb of the sentence follows.
        boolean clause = tokens.get(from).is("PRON", "SCONJ") || WH_WORDS.contains(tokens.get(from).lower());
        for (int k = from; k <= end; k++) {
            if (k > from && (!clause && tokens.get(k).is("VERB", "AUX") && !tokens.get(k).lower().endsWith("ing")
                    || tokens.get(k).text().equals(","))) {
                end = k - 1;
                break;
            }
        }
        var source = possessor(tokens, i);
        if (source == null) {
            // "The senator raised questions about …": the subject of the verb that carries the noun speaks.
            int k = i - 1;
            while (k >= 0 && tokens.get(k).is("ADJ", "DET", "ADV")) {
                k--;
            }
            if (k >= 1 && tokens.get(k).is("VERB")) {
                int s = k - 1;
                while (s >= 0 && tokens.get(s).is("AUX", "ADV", "PART")) {
                    s--;
                }
                var subject = s >= 0 ? nounPhraseBackward(tokens, s) : null;
                if (subject != null) {
                    source = new Span(tokens.get(subject[0]).start(), tokens.get(subject[1]).end());
                }
            }
        }
        return new FoundAttribution(new Span(tokens.get(i).start(), tokens.get(i + 1).end()), source,
                new Span(tokens.get(from).start(), tokens.get(end).end()), false, 0.5, sentence.index());
    }

    /**
     * Who owns the noun at {@code i}: a possessive determiner right before it ("her view"), or the noun
     * phrase before "'s" past any adjectives ("the mayor's recent claim"); null when none is written.
     */
    private static @Nullable Span possessor(List<TextAnalysis.Token> tokens, int i) {
        if (i >= 1 && tokens.get(i - 1).is("PRON") && POSSESSIVE_DETERMINERS.contains(tokens.get(i - 1).lower())) {
            return new Span(tokens.get(i - 1).start(), tokens.get(i - 1).end());
        }
        int k = i - 1;
        while (k >= 0 && tokens.get(k).is("ADJ")) {
            k--;
        }
        if (k >= 1 && Phrases.possessive(tokens.get(k))) {
            var owner = nounPhraseBackward(tokens, k - 1);
            if (owner != null) {
                return new Span(tokens.get(owner[0]).start(), tokens.get(owner[1]).end());
            }
        }
        return null;
    }

    private static final Set<String> WH_WORDS = Set.of("what", "how", "why", "whether", "who", "where", "when");

    /** Nouns of communication that make a cue with "about". */
    static final Set<String> ABOUT_NOUNS = Set.of("story", "stories", "report", "reports", "question", "questions",
            "debate", "rhetoric", "talk", "criticism", "concern", "concerns", "complaint", "complaints", "comment",
            "comments", "remark", "remarks", "claim", "claims", "warning", "warnings", "speech", "speeches", "article",
            "articles", "editorial", "ad", "ads", "tweet", "tweets", "statement", "statements", "interview", "worries",
            "fears", "doubts", "testimony", "allegations", "rumors", "rumours", "speculation", "conversation",
            "discussion", "message", "messages", "letter", "memo", "column", "op-ed", "essay", "book", "lecture");

    /**
     * Names given by no one in particular, as the guidelines annotate them: "the week, known as Golden
     * Week," (what is named, then the name) and "the so-called Human Lizard" (the name). A "known as"
     * after a form of "be" is a reporting passive and is found with the verbs.
     */
    static @Nullable FoundAttribution naming(Sentence sentence, int i) {
        var tokens = sentence.tokens();
        if (tokens.get(i).lower().equals("so-called")) {
            var name = nounPhraseForward(tokens, i + 1);
            return name == null ? null : new FoundAttribution(new Span(tokens.get(i).start(), tokens.get(i).end()), null,
                    new Span(tokens.get(name[0]).start(), tokens.get(name[1]).end()), false, 0.5, sentence.index());
        }
        int k = i - 1;
        if (k >= 0 && tokens.get(k).lower().equals("also")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).text().equals(",")) {
            return null;
        }
        var named = nounPhraseBackward(tokens, k - 1);
        var name = nounPhraseForward(tokens, i + 2);
        if (named == null || name == null) {
            return null;
        }
        return new FoundAttribution(new Span(tokens.get(i).start(), tokens.get(i + 1).end()), null,
                new Span(tokens.get(named[0]).start(), tokens.get(named[1]).end()), false, 0.5, sentence.index(),
                new Span(tokens.get(name[0]).start(), tokens.get(name[1]).end()), -1);
    }

    /** Adverbs that say a claim is someone else's without saying whose: "the mayor reportedly resigned". */
    static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly", "supposedly", "ostensibly");

    /**
     * "The mayor allegedly took the money": the guidelines' cue with an implicit source. What is
     * claimed is the subject before the adverb and the rest of its clause.
     */
    static @Nullable FoundAttribution hearsay(Sentence sentence, int i) {
        var tokens = sentence.tokens();
        int end = clauseEnd(tokens, i + 1, lastWord(tokens));
        if (end <= i + 1) {
            return null;
        }
        int k = i - 1;
        while (k >= 0 && tokens.get(k).is("AUX")) {
            k--;
        }
        var subject = k >= 0 ? nounPhraseBackward(tokens, k) : null;
        var cue = new Span(tokens.get(i).start(), tokens.get(i).end());
        var rest = new Span(tokens.get(i + 1).start(), tokens.get(end).end());
        if (subject == null) {
            return new FoundAttribution(cue, null, rest, false, 0.5, sentence.index());
        }
        return new FoundAttribution(cue, null, new Span(tokens.get(subject[0]).start(), tokens.get(subject[1]).end()), false, 0.5,
                sentence.index(), rest, -1);
    }

    static @Nullable FoundAttribution accordingTo(String text, List<Sentence> sentences, Sentence sentence, int i) {
        var tokens = sentence.tokens();
        var cue = new Span(tokens.get(i).start(), tokens.get(i + 1).end());
        var np = nounPhraseForward(tokens, i + 2);
        if (np == null) {
            np = upToComma(tokens, i + 2);
        }
        if (np == null) {
            return null;
        }
        var source = new Span(tokens.get(np[0]).start(), tokens.get(np[1]).end());
        ContentRun content;
        if (i == 0 || i == 1 && isQuote(tokens.get(0))) {
            int from = np[1] + 1;
            while (from < tokens.size() && tokens.get(from).text().equals(",")) {
                from++;
            }
            content = run(tokens, from, lastWord(tokens));
        } else {
            content = contentBefore(text, sentences, sentence, i - 1);
        }
        if (content == null) {
            return null;
        }
        return new FoundAttribution(cue, source, content.span(), content.quoted(), 0.85, sentence.index());
    }

    /**
     * "According to exit polls, …": where the tagger did not see a noun phrase, the words up to the
     * comma (or the sentence end), if they are few and hold no finite verb after their first word.
     */
    private static int @Nullable [] upToComma(List<TextAnalysis.Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !tokens.get(end).is("PUNCT")) {
            if (end > from && tokens.get(end).is("VERB", "AUX")) {
                return null;
            }
            end++;
        }
        return end == from || end - from > 8 ? null : new int[] {from, end - 1};
    }

    /** Nouns of the prepositional cues "in the mayor's view", "in her words", "in the eyes of …". */
    private static final Set<String> VIEWS = Set.of("view", "opinion", "words", "estimation", "judgment", "judgement",
            "mind", "assessment", "telling", "account");

    /**
     * "In the mayor's view, …" and "…, in the eyes of most farmers.": a prepositional phrase of view is
     * the cue, its possessor (or what follows "of") the source, and the rest of the sentence the content.
     */
    static @Nullable FoundAttribution viewCue(String text, List<Sentence> sentences, Sentence sentence, int i) {
        var tokens = sentence.tokens();
        var t = tokens.get(i);
        if (!t.lower().equals("in") || i + 2 >= tokens.size()) {
            return null;
        }
        int[] source;
        int cueEnd;
        if (tokens.get(i + 1).lower().equals("the") && tokens.get(i + 2).lower().equals("eyes") && i + 3 < tokens.size()
                && tokens.get(i + 3).lower().equals("of")) {
            source = nounPhraseForward(tokens, i + 4);
            cueEnd = i + 3;
        } else {
            int k = i + 1;
            while (k < tokens.size() && k < i + 8 && !VIEWS.contains(tokens.get(k).lower())) {
                k++;
            }
            if (k >= tokens.size() || !VIEWS.contains(tokens.get(k).lower()) || !tokens.get(k).is("NOUN")) {
                return null;
            }
            int owner = k - 1;
            if (Phrases.possessive(tokens.get(owner))) {
                source = owner - 1 > i ? nounPhraseBackward(tokens, owner - 1) : null;
                if (source != null && source[0] <= i) {
                    source = new int[] {i + 1, source[1]};
                }
            } else if (owner == i + 1 && tokens.get(owner).is("PRON")) {
                source = new int[] {owner, owner};
            } else {
                return null;
            }
            cueEnd = k;
        }
        if (source == null) {
            return null;
        }
        var cue = new Span(t.start(), tokens.get(cueEnd).end());
        var sourceSpan = new Span(tokens.get(source[0]).start(), tokens.get(source[1]).end());
        ContentRun content;
        int after = Math.max(cueEnd, source[1]) + 1;
        if (i == 0 && after < tokens.size() && tokens.get(after).text().equals(",")) {
            content = run(tokens, after + 1, lastWord(tokens));
        } else if (i >= 2 && tokens.get(i - 1).text().equals(",") && lastWord(tokens) <= Math.max(cueEnd, source[1])) {
            content = contentBefore(text, sentences, sentence, i - 1);
        } else {
            return null;
        }
        if (content == null) {
            return null;
        }
        return new FoundAttribution(cue, sourceSpan, content.span(), content.quoted(), 0.7, sentence.index());
    }
}
