package org.factdesk.suggest;

import static org.factdesk.suggest.Phrases.isFormOfBe;
import static org.factdesk.suggest.Phrases.isQuote;
import static org.factdesk.suggest.Phrases.nounPhraseBackward;

import java.util.List;
import java.util.Set;
import org.factdesk.suggest.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

/**
 * Who speaks, where the tagger or the sentence makes it hard to see: cue verbs the tagger took for
 * nouns, headlines in title case, asides between a subject and its verb, the maker of an artifact
 * that "says" something, and passives.
 */
final class Sources {

    private Sources() {
    }

    /**
     * A third-person verb form of a cue that the tagger took for a noun: before "to" or "that" after
     * any noun or pronoun ("Kiev claims that …"), or after a subject and before what the verb takes
     * ("Ms. Okafor urges voters to …", "the union demands higher pay").
     */
    static boolean mistagged(List<Token> tokens, int i) {
        var t = tokens.get(i);
        if (i == 0 || i + 1 >= tokens.size() || !t.lower().endsWith("s")) {
            return false;
        }
        var prev = tokens.get(i - 1);
        var next = tokens.get(i + 1);
        boolean toOrThat = TO_OR_THAT.contains(next.lower());
        boolean name = prev.is("VERB") && Character.isUpperCase(prev.text().charAt(0)) && i >= 2; // "But Trump/VERB claims/NOUN that"
        if (t.is("NOUN") && (prev.is("PROPN", "PRON", "NOUN") || name) && toOrThat) {
            return true; // "Kiev claims that …"
        }
        if (!t.is("NOUN", "PROPN", "ADJ") || Character.isUpperCase(t.text().charAt(0)) && !headline(tokens)) {
            return false;
        }
        boolean subject = prev.is("PROPN", "NOUN") || Character.isUpperCase(prev.text().charAt(0)) && !prev.is("DET", "ADP", "CCONJ")
                || SUBJECT_PRONOUNS.contains(prev.lower());
        if (!subject || prev.is("PRON") && !SUBJECT_PRONOUNS.contains(prev.lower())) {
            return false;
        }
        return toOrThat || next.is("DET", "PROPN", "SCONJ", "NOUN") || next.is("PRON") && !next.lower().equals("'s")
                || next.is("VERB") && (next.lower().endsWith("ing") || Character.isUpperCase(next.text().charAt(0)));
    }

    /**
     * A line in title case ("Senator Calls Plan A Disgrace"): every word of four letters or more
     * capitalised, at least three of them. The tagger, trained on running text, takes its verbs for
     * names or nouns.
     */
    static boolean headline(List<Token> tokens) {
        int words = 0;
        for (var t : tokens) {
            var w = t.text();
            if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                if (!Character.isUpperCase(w.charAt(0)) || w.chars().allMatch(Character::isUpperCase)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 3;
    }

    /**
     * Past an aside set off by commas right after a subject ("Ann Lee, the state's attorney general,
     * …", "the mayor, like her rivals, …"): the index of the word after the aside's closing comma, or
     * {@code k} when no verbless aside starts there. Never past {@code limit}.
     */
    static int pastAside(List<Token> tokens, int k, int limit) {
        if (k >= limit || !tokens.get(k).text().equals(",")) {
            return k;
        }
        for (int j = k + 1; j < limit && j - k <= 12; j++) {
            var t = tokens.get(j);
            if (t.text().equals(",")) {
                return j > k + 1 ? j + 1 : k;
            }
            if (t.is("VERB", "AUX") || isQuote(t) || t.is("PUNCT") && !t.text().equals("-") && !Phrases.possessive(t)) {
                return k;
            }
        }
        return k;
    }

    /**
     * "She issued a statement saying …", "posted a note from her lawyer that says …": when the cue
     * belongs to an artifact (through a participle or a relative pronoun) that the subject of the
     * sentence put out, the guidelines choose the sentient source: that subject. Null otherwise.
     */
    static int @Nullable [] artifactIssuer(List<Token> tokens, int[] before, int i) {
        boolean relative = before[0] == before[1] && RELATIVES.contains(tokens.get(before[0]).lower());
        boolean participle = tokens.get(i).lower().endsWith("ing") && before[1] == i - 1;
        if (!relative && !participle) {
            return null;
        }
        int from = relative ? before[0] - 1 : before[1];
        for (int k = from; k >= Math.max(0, from - 10); k--) {
            var t = tokens.get(k);
            if (t.is("PUNCT") || t.is("VERB", "AUX")) {
                return null;
            }
            if (t.is("NOUN") && CueWords.ARTIFACTS.contains(t.lower())) {
                int j = k - 1;
                while (j >= 0 && (tokens.get(j).is("DET", "ADJ", "NUM", "NOUN")
                        || Phrases.POSSESSIVE_DETERMINERS.contains(tokens.get(j).lower()))) {
                    j--;
                }
                if (j < 1 || !tokens.get(j).is("VERB")) {
                    return null;
                }
                int e = j - 1;
                while (e >= 0 && tokens.get(e).is("AUX", "ADV", "PART")) {
                    e--;
                }
                return e >= 0 ? nounPhraseBackward(tokens, e) : null;
            }
        }
        return null;
    }

    /** A form of "be" among the auxiliaries and adverbs right before the verb at {@code i} ("was first reported"). */
    static boolean passive(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k > i - 4 && tokens.get(k).is("AUX", "ADV", "PART"); k--) {
            if (isFormOfBe(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TO_OR_THAT = Set.of("to", "that");

    private static final Set<String> RELATIVES = Set.of("that", "which");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which");
}
