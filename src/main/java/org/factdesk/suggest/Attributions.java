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
    private Attributions() {
    }

    public static List<FoundAttribution> find(String text, List<Sentence> sentences) {
        var found = new ArrayList<FoundAttribution>();
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
