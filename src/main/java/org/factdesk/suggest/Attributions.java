package org.factdesk.suggest;

import static org.factdesk.suggest.CueWords.NOUN_CUES;
import static org.factdesk.suggest.CueWords.lemma;
import static org.factdesk.suggest.Phrases.isQuote;
import static org.factdesk.suggest.PunctuationCues.colonCue;
import static org.factdesk.suggest.PunctuationCues.dashCue;
import static org.factdesk.suggest.PunctuationCues.paragraphEnds;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.suggest.TextAnalysis.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * Finds who said what: a cue (said, told, according to, warned…), its source (who) and its content
 * (what), for direct and indirect speech, with the source before or after the cue and the content
 * before or after both, and content in quotation marks that runs on over several sentences.
 *
 * <p>Rules over part-of-speech tags, in the terms of the PolNeAR annotation guidelines: the source is
 * the noun phrase that is the cue's subject (or follows it, "said the minister"); the content is the
 * clause the cue introduces or closes.
 */
public final class Attributions {
    /** A half-open range of string indices. */
    public record Span(int start, int end) {

        public String of(String text) {
            return text.substring(start, end);
        }

        public boolean overlaps(Span other) {
            return start < other.end && other.start < end;
        }
    }

    /**
     * One attribution.
     *
     * @param quoted the content is in quotation marks (a direct quote)
     * @param confidence how sure the rule is, 0 to 1
     * @param clause where a clause of the attribution's own begins ("…, but insisted that …"): the end of
     *     the word before it, or -1; the content of an earlier cue in the sentence ends there
     */
    public record Found(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence,
            @Nullable Span continuation, int clause) {

        public Found(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence) {
            this(cue, source, content, quoted, confidence, sentence, null, -1);
        }

        public Found(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence,
                @Nullable Span continuation) {
            this(cue, source, content, quoted, confidence, sentence, continuation, -1);
        }

        /** From the content's start to the end of its continuation, if it has one, else the content. */
        public Span whole() {
            return continuation == null ? content : new Span(content.start(), continuation.end());
        }
    }

    private Attributions() {
    }

    public static List<Found> find(String text, List<Sentence> sentences) {
        var found = new ArrayList<Found>();
        var paragraphEnds = paragraphEnds(text, sentences);
        for (var sentence : sentences) {
            var tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                var t = tokens.get(i);
                if (t.lower().equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                    var a = NonVerbCues.accordingTo(text, sentences, sentence, i);
                    if (a != null) {
                        found.add(a);
                    }
                    continue;
                }
                if (t.is("NOUN") && NOUN_CUES.contains(t.lower()) && i + 1 < tokens.size()
                        && tokens.get(i + 1).lower().equals("that") && tokens.get(i + 1).is("SCONJ")
                        && !(Sources.mistagged(tokens, i) && !tokens.get(i - 1).is("PRON"))) { // "Kiev claims that" is a verb
                    var a = NonVerbCues.nounCue(sentence, i);
                    if (a != null) {
                        found.add(a);
                    }
                    continue;
                }
                if (t.is("NOUN") && NonVerbCues.ABOUT_NOUNS.contains(t.lower()) && i + 2 < tokens.size()
                        && tokens.get(i + 1).lower().equals("about")) {
                    var a = NonVerbCues.aboutCue(sentence, i);
                    if (a != null) {
                        found.add(a);
                    }
                    continue;
                }
                if ((t.lower().equals("known") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("as")
                        || t.lower().equals("so-called") && i + 1 < tokens.size())) {
                    var a = NonVerbCues.naming(sentence, i);
                    if (a != null) {
                        found.add(a);
                        continue;
                    }
                }
                if (NonVerbCues.HEARSAY.contains(t.lower())) {
                    var a = NonVerbCues.hearsay(sentence, i);
                    if (a != null) {
                        found.add(a);
                    }
                    continue;
                }
                if (t.lower().equals("in") && t.is("ADP")) {
                    var a = NonVerbCues.viewCue(text, sentences, sentence, i);
                    if (a != null) {
                        found.add(a);
                        continue;
                    }
                }
                var lemma = lemma(t.text());
                boolean verbLike = t.is("VERB", "AUX") || lemma != null && (lemma.equals("say") || lemma.equals("tell"))
                        || lemma != null && Sources.mistagged(tokens, i);
                if (lemma == null || !verbLike) {
                    if (t.text().equals(":") && i > 0) {
                        var a = colonCue(sentences, sentence, i, paragraphEnds);
                        if (a != null) {
                            found.add(a);
                        }
                    } else if ((t.text().equals("\u2015") || t.text().equals("\u2014")) && i > 0 && isQuote(tokens.get(i - 1))) {
                        var a = dashCue(text, sentences, sentence, i);
                        if (a != null) {
                            found.add(a);
                        }
                    }
                    continue;
                }
                if (t.is("AUX") && !lemma.equals("say")) {
                    continue;
                }
                var a = VerbCues.verbCue(text, sentences, sentence, i, lemma);
                if (a != null) {
                    found.add(a);
                }
            }
        }
        var quoted = Quotations.quotations(text);
        // A speaker's label opening a quoted transcript turn ("\"ROE: …\"") stands inside the marks but is no one's words.
        return Overlaps.resolve(found).stream().filter(f -> !quoted.get(f.cue().start()) || f.cue().of(text).equals(":")).toList();
    }

}
