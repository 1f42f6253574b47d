package org.factdesk.suggest;

import static org.factdesk.suggest.CueWords.WHEN;
import static org.factdesk.suggest.CueWords.lemma;

import java.util.List;
import java.util.Set;
import org.factdesk.suggest.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

/** Noun phrases (sources) and quotation marks in a sentence's tagged tokens. */
final class Phrases {

    private Phrases() {
    }

    static final Set<String> OPEN_QUOTES = Set.of("\u201C", "\"", "\u2018", "''", "``", "'");
    static final Set<String> CLOSE_QUOTES = Set.of("\u201D", "\"", "\u2019", "''", "'");
    static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM");

    static boolean opensQuote(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to && k < tokens.size(); k++) {
            var t = tokens.get(k).text();
            if (t.equals("\u201C") || t.equals("``") || (t.equals("\"") || t.equals("''")) && k == from) {
                return true;
            }
        }
        return false;
    }

    /** The index of the last token that is not closing punctuation. */
    static int lastWord(List<Token> tokens) {
        int end = tokens.size() - 1;
        while (end >= 0 && tokens.get(end).is("PUNCT") && !CLOSE_QUOTES.contains(tokens.get(end).text())) {
            end--;
        }
        return end;
    }

    static boolean closesQuote(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            var t = tokens.get(k).text();
            if (t.equals("\u201D") || t.equals("\"") || t.equals("''")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quotation mark that opens a quotation where it stands: a curly opening mark, or a straight one
     * that is not written against the word before it ("story," then a space or a full stop after it
     * closes a quotation, whatever the mark).
     */
    static boolean opens(String text, Token t) {
        if (!OPEN_QUOTES.contains(t.text())) {
            return false;
        }
        if (!CLOSE_QUOTES.contains(t.text())) {
            return true;
        }
        boolean joinedBefore = t.start() > 0 && !Character.isWhitespace(text.charAt(t.start() - 1))
                && "([{\u2014\u2013-/".indexOf(text.charAt(t.start() - 1)) < 0;
        boolean openAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()))
                || ".,;:!?)]".indexOf(text.charAt(t.end())) >= 0;
        return !(joinedBefore && openAfter);
    }

    /** Determiners that name an owner: "his claim", "their view". */
    static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "their", "its", "our", "my", "your");

    /** The possessive "'s", which the tagger sometimes takes for punctuation. */
    static boolean possessive(Token t) {
        return t.lower().equals("'s") || t.lower().equals("\u2019s");
    }

    /** An apostrophe written against a plural and followed by a word ("the veterans' families"), not a quotation mark. */
    static boolean pluralPossessive(List<Token> tokens, int k) {
        var t = tokens.get(k);
        return (t.text().equals("'") || t.text().equals("\u2019")) && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() == t.start() && tokens.get(k - 1).lower().endsWith("s")
                && tokens.get(k + 1).start() > t.end() && tokens.get(k + 1).is("NOUN", "PROPN", "ADJ");
    }

    static boolean isQuote(Token t) {
        return OPEN_QUOTES.contains(t.text()) || CLOSE_QUOTES.contains(t.text());
    }

    static boolean onlyWhen(List<Token> tokens, int[] phrase) {
        for (int k = phrase[0]; k <= phrase[1]; k++) {
            if (!WHEN.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    static boolean isFormOfBe(Token t) {
        return Set.of("was", "were", "is", "are", "been", "being", "be", "'s").contains(t.lower());
    }

    static boolean npToken(Token t) {
        return NP_TAGS.contains(t.tag()) && !isQuote(t) || possessive(t)
                || t.is("VERB", "ADV") && Character.isUpperCase(t.text().charAt(0)) && lemma(t.text()) == null;
    }

    /** The noun phrase that ends at {@code end}, as [start, end], or null. */
    static int @Nullable [] nounPhraseBackward(List<Token> tokens, int end) {
        if (end >= 1 && tokens.get(end).text().equals(")")) {
            // "Ann Lee (D-Ohio) said": the name is before the parenthesis.
            int open = end - 1;
            while (open > 0 && !tokens.get(open).text().equals("(") && end - open < 8) {
                open--;
            }
            if (tokens.get(open).text().equals("(") && open >= 1) {
                var name = nounPhraseBackward(tokens, open - 1);
                return name == null ? null : new int[] { name[0], end };
            }
            return null;
        }
        if (end < 0 || !npToken(tokens.get(end)) || tokens.get(end).is("DET")
                || tokens.get(end).is("ADJ") && !Character.isUpperCase(tokens.get(end).text().charAt(0))) {
            return null;
        }
        int start = end;
        while (start > 0) {
            var prev = tokens.get(start - 1);
            if (npToken(prev)) {
                start--;
            } else if ((prev.lower().equals("of") || prev.lower().equals("for") || prev.lower().equals("and")) && start - 2 >= 0
                    && npToken(tokens.get(start - 2)) && !tokens.get(start).is("PRON")) {
                start -= 2;
            } else {
                break;
            }
        }
        // A relative or personal pronoun stands alone.
        if (tokens.get(end).is("PRON") && start < end) {
            start = end;
        }
        // "When voters ask", "what analysts call", "everything the mayor says": the word before the subject
        // opens a clause or is the object of the verb, not part of who speaks.
        while (start < end && NOT_SUBJECT_OPENERS.contains(tokens.get(start).lower())) {
            start++;
        }
        return new int[] { start, end };
    }

    private static final Set<String> NOT_SUBJECT_OPENERS = Set.of("when", "whenever", "what", "whatever", "if", "as",
            "after", "before", "while", "because", "since", "although", "though", "unless", "once", "everything",
            "something", "anything", "nothing");

    /**
     * "Jen Psaki, the White House press secretary, said" and "…,” Ann Lee, the attorney general of
     * the state, one of those suing the agency, said": a name with its appositions before the comma at
     * {@code comma}, back to the start of the sentence or the end of a quotation.
     */
    static int @Nullable [] appositiveBackward(List<Token> tokens, int comma) {
        int k = comma - 1;
        int limit = Math.max(0, comma - 40);
        boolean pendingVerb = false;
        while (k >= limit) {
            var t = tokens.get(k);
            if (isQuote(t) && !pluralPossessive(tokens, k) || t.text().equals(":") || t.text().equals(";")
                    || t.text().startsWith("--") || t.text().equals("\u2014") || t.text().equals("\u2013")) {
                break;
            }
            if (t.is("VERB", "AUX") && !t.lower().endsWith("ing")) {
                pendingVerb = true;
            }
            if (Set.of("who", "which", "whose", "whom").contains(t.lower())) {
                pendingVerb = false;
            }
            k--;
        }
        if (pendingVerb) {
            return null;
        }
        if (k < limit && limit > 0) {
            return null;
        }
        int start = k + 1;
        while (start < comma && (tokens.get(start).text().equals(",") || isQuote(tokens.get(start)))) {
            start++;
        }
        if (start < comma && tokens.get(start).is("ADP", "SCONJ", "ADV")) {
            // "At the forum, Ann Lee, the state's attorney general, said": an opening phrase of place or time
            // is not part of the source; the source starts after its comma.
            int c = start;
            while (c < comma && !tokens.get(c).text().equals(",")) {
                c++;
            }
            if (c < comma - 1) {
                start = c + 1;
            }
        }
        if (start >= comma - 1 || !npToken(tokens.get(start)) && !tokens.get(start).is("ADJ")) {
            return null;
        }
        boolean name = false;
        for (int j = start; j < comma; j++) {
            if (tokens.get(j).is("PROPN", "PRON") || tokens.get(j).is("NOUN")) {
                name = true;
            }
        }
        return name ? new int[] { start, comma - 1 } : null;
    }

    /** The noun phrase that starts at {@code start}, with an apposition after a comma, or null. */
    static int @Nullable [] nounPhraseForward(List<Token> tokens, int start) {
        if (start >= tokens.size() || !npToken(tokens.get(start))) {
            return null;
        }
        int end = start;
        while (end + 1 < tokens.size()) {
            var next = tokens.get(end + 1);
            if (npToken(next) && !(tokens.get(end).is("PRON") && !next.lower().endsWith("s"))) {
                end++;
            } else if ((next.lower().equals("of") || next.lower().equals("for")) && end + 2 < tokens.size()
                    && npToken(tokens.get(end + 2))) {
                end += 2;
            } else {
                break;
            }
        }
        boolean hasHead = false;
        for (int k = start; k <= end; k++) {
            if (tokens.get(k).is("PROPN", "NOUN", "PRON", "NUM")
                    || tokens.get(k).is("VERB", "ADJ") && Character.isUpperCase(tokens.get(k).text().charAt(0)) && k == end) {
                hasHead = true; // a name the tagger took for a verb or adjective ("Trump/VERB") heads a phrase too
            }
        }
        if (!hasHead) {
            return null;
        }
        // "said Jen Psaki, the White House press secretary."
        if (end + 2 < tokens.size() && tokens.get(end + 1).text().equals(",") && tokens.get(end).is("PROPN")
                && tokens.get(end + 2).is("DET", "ADJ", "NOUN", "PROPN")) {
            int k = end + 2;
            while (k < tokens.size() && !tokens.get(k).is("VERB", "AUX") && !isQuote(tokens.get(k))
                    && !(tokens.get(k).is("PUNCT") && !tokens.get(k).text().equals(",") && !possessive(tokens.get(k)))) {
                k++;
            }
            if (k >= tokens.size() || tokens.get(k).is("PUNCT")) {
                int last = k - 1;
                while (last > end && tokens.get(last).text().equals(",")) {
                    last--;
                }
                end = last;
            }
        }
        return new int[] { start, end };
    }
}
