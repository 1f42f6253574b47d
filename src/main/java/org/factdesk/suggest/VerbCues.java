package org.factdesk.suggest;

import static org.factdesk.suggest.Contents.contentAfter;
import static org.factdesk.suggest.Contents.contentBefore;
import static org.factdesk.suggest.Contents.endsClause;
import static org.factdesk.suggest.Quotations.quotationAfter;
import static org.factdesk.suggest.CueWords.PARTICLES;
import static org.factdesk.suggest.CueWords.SPEECH;
import static org.factdesk.suggest.CueWords.THINKING;
import static org.factdesk.suggest.CueWords.lemma;
import static org.factdesk.suggest.Phrases.CLOSE_QUOTES;
import static org.factdesk.suggest.Phrases.appositiveBackward;
import static org.factdesk.suggest.Phrases.isFormOfBe;
import static org.factdesk.suggest.Phrases.isQuote;
import static org.factdesk.suggest.Phrases.lastWord;
import static org.factdesk.suggest.Phrases.nounPhraseBackward;
import static org.factdesk.suggest.Phrases.nounPhraseForward;
import static org.factdesk.suggest.Phrases.onlyWhen;
import static org.factdesk.suggest.Sources.artifactIssuer;
import static org.factdesk.suggest.Sources.passive;
import static org.factdesk.suggest.Sources.pastAside;

import java.util.List;
import java.util.Set;
import org.factdesk.suggest.Contents.ContentRun;
import org.factdesk.suggest.TextAnalysis.Sentence;
import org.factdesk.suggest.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

/**
 * A cue verb with its source and content: the subject before the cue or the noun phrase after it
 * ("said the minister"), through coordination, participles, infinitives and asides; the clause after
 * the cue or the quotation before it; passives with and without their agent.
 */
final class VerbCues {

    private VerbCues() {
    }

    /** Words that join a second verb to the subject of the first: "… and warned", "… but insisted". */
    private static final Set<String> COORDINATORS = Set.of("and", "but", "yet");

    /** Words that open a participle phrase whose doer is the sentence's subject: "…, before telling reporters …". */
    private static final Set<String> ING_OPENERS = Set.of("before", "after", "while", "when");

    /** Words that open a clause of its own before its subject: "…, though he conceded …". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "though", "although", "while", "yet",
            "whereas", "and");

    /**
     * Verbs that lead to a cue through "to" and share its subject: "had to admit", "is going to say",
     * "seems to suggest" (a longer list than the modal-like ones alone, chosen on the tuning half).
     */
    private static final Set<String> CATENATIVES = Set.of("have", "has", "had", "having", "need", "needs",
            "needed", "ought", "used", "going", "got", "gets", "get", "want", "wants", "wanted", "try", "tries", "tried",
            "seem", "seems", "seemed", "appear", "appears", "appeared", "continue", "continues", "continued", "refuse",
            "refused", "refuses");

    /** Punctuation that sets a content off from the source after it. */
    private static final Set<String> SET_OFF = Set.of(",", "\u2014", "\u2013", "--", "\u201D", "\"", "''", "\u2019", "'", ":", ";", ")");

    private static final Set<String> AS_TO_THAT = Set.of("as", "to", "that");

    private static final Set<String> TO_OR_OF = Set.of("to", "of");

    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "during", "since");

    /** Words of the time lexicon that name no time by themselves: "this official said" keeps "this" in its source. */
    private static final Set<String> NOT_TIMES = Set.of("this", "last", "next", "again", "also", "earlier", "later");

    /** A year ("in 2010 said"): a phrase of time, not a source. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

    /**
     * A passive without its agent ("the plan was criticized as a giveaway", "the veto is expected to
     * come on Friday", "she was told that …"): the guidelines leave the source implicit. What was said is
     * the subject with what follows the cue; for a verb of telling, the subject was only told, and what
     * follows is all.
     */
    private static @Nullable FoundAttribution agentless(String text, List<Sentence> sentences, Sentence sentence, int i, int cueEnd,
            String lemma, int[] subject) {
        var tokens = sentence.tokens();
        // Only the reporting passive: "is said to", "was described as", "it was announced that", "was labeled “…”".
        if (cueEnd + 1 >= tokens.size() || !(AS_TO_THAT.contains(tokens.get(cueEnd + 1).lower())
                || Phrases.opens(text, tokens.get(cueEnd + 1)))) {
            return null;
        }
        var after = contentAfter(text, sentences, sentence, cueEnd + 1, lemma, false);
        var cue = new Span(tokens.get(i).start(), tokens.get(cueEnd).end());
        if (CueWords.ADDRESSEE.contains(lemma)) {
            return after == null ? null : new FoundAttribution(cue, null, after.span(), after.quoted(), 0.5, sentence.index());
        }
        var said = new Span(tokens.get(subject[0]).start(), tokens.get(subject[1]).end());
        return new FoundAttribution(cue, null, said, false, 0.5, sentence.index(), after == null ? null : after.span(), -1);
    }

    /**
     * A one-word phrase after the cue that begins what follows rather than naming a source: a pronoun
     * that is the subject of what was said ("…, said she has …", "… and said she will …") or a
     * possessive that begins an object ("to release his returns"; not "her", which may be the object).
     */
    private static boolean beginsWhatFollows(List<Token> tokens, int[] after) {
        if (after[0] != after[1]) {
            return false;
        }
        var word = tokens.get(after[0]).lower();
        return Phrases.POSSESSIVE_DETERMINERS.contains(word) && !word.equals("her")
                || tokens.get(after[0]).is("PRON") && after[1] + 1 < tokens.size() && tokens.get(after[1] + 1).is("VERB", "AUX");
    }

    /** The index of the first token that is not a quotation mark. */
    private static int firstWord(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && isQuote(tokens.get(k))) {
            k++;
        }
        return k;
    }

    static @Nullable FoundAttribution verbCue(String text, List<Sentence> sentences, Sentence sentence, int i, String lemma) {
        var tokens = sentence.tokens();
        boolean thinking = THINKING.contains(lemma) && !SPEECH.contains(lemma);
        int cueEnd = i;
        var particles = PARTICLES.get(lemma);
        if (particles != null && i + 1 < tokens.size() && particles.contains(tokens.get(i + 1).lower())) {
            cueEnd = i + 1;
        }
        var cue = new Span(tokens.get(i).start(), tokens.get(cueEnd).end());

        // Who: the subject before the cue, or the noun phrase right after it ("said the minister").
        int subjectEnd = i - 1;
        while (subjectEnd >= 0 && (tokens.get(subjectEnd).is("ADV", "AUX") || tokens.get(subjectEnd).lower().equals("not")
                || tokens.get(subjectEnd).lower().equals("n't")
                || tokens.get(subjectEnd).lower().equals("to") && subjectEnd >= 1 && CATENATIVES.contains(tokens.get(subjectEnd - 1).lower())
                || CATENATIVES.contains(tokens.get(subjectEnd).lower()) && subjectEnd + 1 < i && tokens.get(subjectEnd + 1).lower().equals("to"))) {
            subjectEnd--;
        }
        // "The paper on Saturday wrote", "the senator last week said": a phrase of time is not the subject.
        int w = subjectEnd;
        while (w >= 0 && (CueWords.WHEN.contains(tokens.get(w).lower()) || YEAR.matcher(tokens.get(w).text()).matches())) {
            w--;
        }
        if (w < subjectEnd && w >= 0 && TIME_PREPOSITIONS.contains(tokens.get(w).lower())) {
            w--;
        }
        if (w < subjectEnd && w >= 0 && tokens.get(w).is("PROPN", "NOUN", "PRON")) {
            subjectEnd = w;
        }
        int[] before = subjectEnd >= 0 ? nounPhraseBackward(tokens, subjectEnd) : null;
        if (before == null && subjectEnd >= 0 && tokens.get(subjectEnd).text().equals(",")) {
            before = appositiveBackward(tokens, subjectEnd);
        }
        if (before != null) {
            // "Last week the governor stated": a phrase of time opens the sentence; the source follows it
            // ("This official said" keeps its determiner: a time needs a word such as "week" or "Monday").
            int j = before[0];
            boolean time = false;
            while (j < before[1] && CueWords.WHEN.contains(tokens.get(j).lower())) {
                time |= !NOT_TIMES.contains(tokens.get(j).lower());
                j++;
            }
            if (time) {
                before[0] = j;
            }
        }
        int[] after = null;
        int lead = subjectEnd; // the word before the cue, past adverbs and auxiliaries
        boolean coordinated = before == null && lead >= 1 && lead < i && COORDINATORS.contains(tokens.get(lead).lower())
                && !tokens.get(i).lower().endsWith("ing");
        boolean participle = before == null && lead >= 1 && lead < i
                && (tokens.get(lead).text().equals(",") || ING_OPENERS.contains(tokens.get(lead).lower()))
                && tokens.get(i).lower().endsWith("ing");
        // "took to the radio to accuse …": the subject of the sentence speaks through the infinitive.
        boolean infinitive = before == null && lead >= 1 && lead < i && tokens.get(lead).lower().equals("to")
                && !tokens.get(i).lower().endsWith("ing");
        int clause = -1;
        if (coordinated || participle) {
            int k = coordinated && tokens.get(lead - 1).text().equals(",") ? lead - 1 : lead;
            clause = k >= 1 ? tokens.get(k - 1).end() : -1;
        } else if (before != null && before[0] >= 2) {
            int k = before[0] - 1;
            var word = tokens.get(k).lower();
            if (word.equals(",") || CLAUSE_OPENERS.contains(word)) {
                if (!word.equals(",") && tokens.get(k - 1).text().equals(",")) {
                    k--;
                }
                clause = k >= 1 ? tokens.get(k - 1).end() : -1;
            }
        }
        if (before == null && i == firstWord(tokens) && tokens.get(i).lower().endsWith("ing")) {
            // "Claiming the deal was rigged, the senator walked out": a participle that opens the sentence
            // has the main clause's subject as its source and says what comes before the comma.
            int comma = i + 1;
            while (comma < tokens.size() && !tokens.get(comma).text().equals(",") && !isQuote(tokens.get(comma))) {
                comma++;
            }
            var subject = comma + 1 < tokens.size() && tokens.get(comma).text().equals(",") ? nounPhraseForward(tokens, comma + 1) : null;
            if (subject != null && subject[1] + 1 < tokens.size() && tokens.get(subject[1] + 1).is("VERB", "AUX") && comma - cueEnd > 2) {
                return new FoundAttribution(cue, new Span(tokens.get(subject[0]).start(), tokens.get(subject[1]).end()),
                        new Span(tokens.get(cueEnd + 1).start(), tokens.get(comma - 1).end()), false, 0.75, sentence.index());
            }
        }
        if (before == null && !coordinated && !participle && !infinitive) {
            after = nounPhraseForward(tokens, cueEnd + 1);
            if (after != null && onlyWhen(tokens, after)) {
                after = null; // "…, she said Tuesday": a day is not a source
            }
            if (after != null && after[1] + 1 < tokens.size() && TO_OR_OF.contains(tokens.get(after[1] + 1).lower())) {
                after = null; // "urged voters to …", "accused the mayor of …": the person addressed, not the source
            }
            if (after != null && beginsWhatFollows(tokens, after)) {
                after = null;
            }
        }
        if (before == null && after == null && (coordinated || participle || infinitive)) {
            // "…, adding that …" and "announced the budget and promised to …": the source is the subject of the sentence.
            int k = 0;
            while (k < i && (tokens.get(k).is("CCONJ", "ADV") || isQuote(tokens.get(k)))) {
                k++;
            }
            var subject = nounPhraseForward(tokens, k);
            int verb = subject == null ? -1 : pastAside(tokens, subject[1] + 1, i);
            if (subject != null && verb < i && tokens.get(verb).is("VERB", "AUX", "ADV")) {
                before = subject;
            }
        }
        if (before == null && after == null && (coordinated || participle || infinitive)) {
            after = nounPhraseForward(tokens, cueEnd + 1);
            if (after != null && beginsWhatFollows(tokens, after)) {
                after = null;
            }
        }
        if (before != null) {
            var speaker = artifactIssuer(tokens, before, i);
            if (speaker != null) {
                before = speaker;
            }
        }
        if (before != null && cueEnd + 2 < tokens.size() && tokens.get(cueEnd + 1).lower().equals("by")
                && !tokens.get(i).lower().endsWith("ing") && passive(tokens, i)) {
            // "The song was written by the band", "the plan has been endorsed by the union": the agent is the
            // source and the subject what it expressed ("was told by aides that …": what follows).
            var agent = nounPhraseForward(tokens, cueEnd + 2);
            if (agent == null || onlyWhen(tokens, agent)) {
                return null;
            }
            var source = new Span(tokens.get(agent[0]).start(), tokens.get(agent[1]).end());
            if (CueWords.ADDRESSEE.contains(lemma)) {
                var told = contentAfter(text, sentences, sentence, agent[1] + 1, lemma, thinking);
                return told == null ? null : new FoundAttribution(cue, source, told.span(), told.quoted(), 0.75, sentence.index());
            }
            return new FoundAttribution(cue, source, new Span(tokens.get(before[0]).start(), tokens.get(before[1]).end()), false, 0.75,
                    sentence.index());
        }
        // A passive ("was told") makes the subject the addressee or what was said, not the source; "is demanding" is not a passive.
        if (before != null && i > 0 && isFormOfBe(tokens.get(i - 1)) && !lemma.equals("say")
                && !tokens.get(i).lower().endsWith("ing")) {
            return agentless(text, sentences, sentence, i, cueEnd, lemma, before);
        }

        // What: the clause after the cue, or the one before it.
        int afterCue = cueEnd + 1 + (after == null ? 0 : after[1] - after[0] + 1);
        var content = contentAfter(text, sentences, sentence, afterCue, lemma, thinking);
        if (content != null && after != null && afterCue < tokens.size() && tokens.get(afterCue).is("CCONJ")) {
            return null; // "… to discuss plans but noted that …": no source follows; the object does, then another clause
        }
        boolean apposition = content != null && !content.quoted() && after != null && afterCue < tokens.size()
                && tokens.get(afterCue).text().equals(",");
        if (apposition) {
            // "…, said Ann Lee, a longtime adviser to the group who …": after a source that follows its cue,
            // a comma opens an apposition to the source, not what was said; that is before the cue.
            content = null;
        }
        if (content != null && before != null && before[0] >= 3 && !content.quoted()
                && (tokens.get(before[0] - 1).text().equals(",") || CLOSE_QUOTES.contains(tokens.get(before[0] - 1).text()))
                && CLOSE_QUOTES.contains(tokens.get(before[0] - 2).text()) | CLOSE_QUOTES.contains(tokens.get(before[0] - 1).text())
                && !(afterCue < tokens.size() && (tokens.get(afterCue).text().equals(":") || tokens.get(afterCue).lower().equals("that")))) {
            // "“…,” the mayor said, without naming anyone…": what she said is the quotation before.
            content = null;
        }
        if (content != null && !content.quoted() && before != null && before[0] == before[1] && before[0] >= 1
                && Set.of("who", "which").contains(tokens.get(before[0]).lower()) && tokens.get(before[0] - 1).text().equals(",")) {
            // "The mayor, who questioned the plan last week, will speak": the content ends with the relative clause.
            for (int k = cueEnd + 1; k < tokens.size(); k++) {
                if (tokens.get(k).start() >= content.span().end()) {
                    break;
                }
                if (tokens.get(k).text().equals(",") && tokens.get(k).start() > content.span().start() && k > 0) {
                    content = new ContentRun(new Span(content.span().start(), tokens.get(k - 1).end()), false);
                    break;
                }
            }
        }
        int contentBeforeEnd = (before != null ? before[0] : i) - 1;
        if (before != null && contentBeforeEnd >= 1 && tokens.get(contentBeforeEnd).lower().equals("as")
                && tokens.get(contentBeforeEnd - 1).text().equals(",")) {
            contentBeforeEnd--; // "…, as the police have said.": what they said is the clause before
        }
        Span contentSpan = null;
        boolean quoted = false;
        if (content != null && (before != null || after != null)) {
            contentSpan = content.span();
            quoted = content.quoted();
        } else if (!thinking && (content == null && before != null || apposition || endsClause(tokens, afterCue))) {
            // "“…,” the mayor said" and "…, the minister said": what was said is set off from its source
            // by punctuation; "the products that regulators criticized" has no content before "criticized".
            boolean setOff = contentBeforeEnd < 0 || SET_OFF.contains(tokens.get(contentBeforeEnd).text());
            var prior = setOff ? contentBefore(text, sentences, sentence, contentBeforeEnd) : null;
            if (prior == null && contentBeforeEnd < 0 + (before != null && before[0] == 0 ? 0 : 1) && sentence.index() > 0) {
                // "“… a bad deal.” Ms. Ortiz said.": the quotation is the sentence before.
                var previous = sentences.get(sentence.index() - 1);
                var between = text.substring(previous.end(), sentence.start());
                var prevTokens = previous.tokens();
                if (!between.contains("\n") && CLOSE_QUOTES.contains(prevTokens.getLast().text())) {
                    prior = contentBefore(text, sentences, previous, prevTokens.size() - 1);
                }
            }
            if (prior != null) {
                contentSpan = prior.span();
                quoted = prior.quoted();
                if (before == null && after == null) {
                    return null;
                }
            }
        }
        if (contentSpan == null || contentSpan.of(text).codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null; // ".”" is the end of a quotation, not one
        }
        Span source = before != null ? new Span(tokens.get(before[0]).start(), tokens.get(before[1]).end())
                : after != null ? new Span(tokens.get(after[0]).start(), tokens.get(after[1]).end()) : null;
        if (apposition && before == null && contentSpan.end() <= cue.start() && lastWord(tokens) > afterCue) {
            // "…,” said Ann Lee, a longtime adviser to the group.": the apposition names the source too.
            // It ends where a clause of its own begins (", adding …", "; …", a quotation).
            int end = afterCue + 1;
            while (end < lastWord(tokens) && !isQuote(tokens.get(end + 1)) && !tokens.get(end + 1).text().equals(";")
                    && !(tokens.get(end + 1).text().equals(",") && end + 2 < tokens.size() && tokens.get(end + 2).is("VERB"))) {
                end++;
            }
            source = new Span(source.start(), tokens.get(end).end());
        }
        double confidence = lemma.equals("say") || lemma.equals("tell") ? 0.9 : thinking ? 0.55 : 0.75;
        if (source == null) {
            confidence -= 0.2;
        }
        Span continuation = null;
        if (quoted && contentSpan.start() >= cue.end() && before != null && before[0] >= 2
                && (CLOSE_QUOTES.contains(tokens.get(before[0] - 1).text())
                        || tokens.get(before[0] - 1).text().equals(",") && CLOSE_QUOTES.contains(tokens.get(before[0] - 2).text()))) {
            // "“It is a waste,” the mayor said, “and everyone knows it.”": one quotation on both sides of its cue.
            var prior = contentBefore(text, sentences, sentence, before[0] - 1);
            if (prior != null && prior.quoted()) {
                continuation = contentSpan;
                contentSpan = prior.span();
            }
        } else if (quoted && contentSpan.end() <= cue.start()) {
            int from = Math.max(cueEnd, after == null ? cueEnd : after[1]) + 1;
            continuation = quotationAfter(text, sentences, sentence, from, CueWords.ADDRESSEE.contains(lemma));
        }
        return new FoundAttribution(cue, source, contentSpan, quoted, confidence, sentence.index(), continuation, clause);
    }
}
