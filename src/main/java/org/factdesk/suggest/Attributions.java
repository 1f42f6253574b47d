package org.factdesk.suggest;

import static org.factdesk.suggest.Contents.contentAfter;
import static org.factdesk.suggest.Contents.contentBefore;
import static org.factdesk.suggest.Contents.endsClause;
import static org.factdesk.suggest.Contents.quotationAfter;
import static org.factdesk.suggest.CueWords.NOUN_CUES;
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
import static org.factdesk.suggest.PunctuationCues.colonCue;
import static org.factdesk.suggest.PunctuationCues.dashCue;
import static org.factdesk.suggest.PunctuationCues.paragraphEnds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.suggest.Contents.ContentRun;
import org.factdesk.suggest.TextAnalysis.Sentence;
import org.factdesk.suggest.TextAnalysis.Token;
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
                        && !(mistagged(tokens, i) && !tokens.get(i - 1).is("PRON"))) { // "Kiev claims that" is a verb
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
                        || lemma != null && mistagged(tokens, i);
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
                var a = verbCue(text, sentences, sentence, i, lemma);
                if (a != null) {
                    found.add(a);
                }
            }
        }
        var quoted = quotations(text);
        // A speaker's label opening a quoted transcript turn ("\"ROE: …\"") stands inside the marks but is no one's words.
        return Overlaps.resolve(found).stream().filter(f -> !quoted.get(f.cue().start()) || f.cue().of(text).equals(":")).toList();
    }

    /**
     * The offset lies inside a quotation of its paragraph: after more opening than closing curly marks,
     * or after an odd number of straight double marks. A cue there ("“I think we won,” she said") is
     * the quoted speaker's own words: the quotation is already attributed to her. Only where the
     * paragraph's marks pair up: a quotation that runs on into the next paragraph, or a transcript with
     * marks missing, says nothing reliable about where a quotation ends.
     */
    static boolean insideQuotation(String text, int offset) {
        return quotations(text).get(offset);
    }

    /** The offsets of {@code text} that lie inside a quotation (see {@link #insideQuotation}), in one pass per paragraph. */
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
     * "She issued a statement saying …", "released a letter from his doctor that says …": when the cue
     * belongs to an artifact (through a participle or a relative pronoun) that the subject of the
     * sentence put out, the guidelines choose the sentient source: that subject. Null otherwise.
     */
    private static int @Nullable [] artifactIssuer(List<Token> tokens, int[] before, int i) {
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
                while (j >= 0 && (tokens.get(j).is("DET", "ADJ", "NUM", "NOUN") || POSSESSIVES.contains(tokens.get(j).lower())
                        || tokens.get(j).lower().equals("her"))) {
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

    /**
     * A passive without its agent ("the plan was criticized as a giveaway", "the veto is expected to
     * come on Friday", "she was told that …"): the guidelines leave the source implicit. What was said is
     * the subject with what follows the cue; for a verb of telling, the subject was only told, and what
     * follows is all.
     */
    private static @Nullable Found agentless(String text, List<Sentence> sentences, Sentence sentence, int i, int cueEnd,
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
            return after == null ? null : new Found(cue, null, after.span(), after.quoted(), 0.5, sentence.index());
        }
        var said = new Span(tokens.get(subject[0]).start(), tokens.get(subject[1]).end());
        return new Found(cue, null, said, false, 0.5, sentence.index(), after == null ? null : after.span(), -1);
    }

    /** A form of "be" among the auxiliaries and adverbs right before the verb at {@code i} ("was first reported"). */
    private static boolean passive(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k > i - 4 && tokens.get(k).is("AUX", "ADV", "PART"); k--) {
            if (isFormOfBe(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TO_OR_THAT = Set.of("to", "that");

    private static final Set<String> POSSESSIVES = Set.of("his", "their", "its", "my", "our", "your");

    private static final Set<String> RELATIVES = Set.of("that", "which");

    private static final Set<String> AS_TO_THAT = Set.of("as", "to", "that");

    private static final Set<String> TO_OR_OF = Set.of("to", "of");

    private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "during", "since");

    /** Words of the time lexicon that name no time by themselves: "this official said" keeps "this" in its source. */
    private static final Set<String> NOT_TIMES = Set.of("this", "last", "next", "again", "also", "earlier", "later");

    /** A year ("in 2010 said"): a phrase of time, not a source. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which");

    /** The index of the first token that is not a quotation mark. */
    private static int firstWord(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && isQuote(tokens.get(k))) {
            k++;
        }
        return k;
    }

    private static @Nullable Found verbCue(String text, List<Sentence> sentences, Sentence sentence, int i, String lemma) {
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
                return new Found(cue, new Span(tokens.get(subject[0]).start(), tokens.get(subject[1]).end()),
                        new Span(tokens.get(cueEnd + 1).start(), tokens.get(comma - 1).end()), false, 0.75, sentence.index());
            }
        }
        if (before == null && !coordinated && !participle && !infinitive) {
            after = nounPhraseForward(tokens, cueEnd + 1);
            if (after != null && onlyWhen(tokens, after)) {
                after = null; // "…, she said Tuesday": a day is not a source
            }
            if (after != null && after[0] == after[1] && POSSESSIVES.contains(tokens.get(after[0]).lower())) {
                after = null; // "to release his returns": a possessive begins the object
            }
            if (after != null && after[1] + 1 < tokens.size() && TO_OR_OF.contains(tokens.get(after[1] + 1).lower())) {
                after = null; // "urged voters to …", "accused the mayor of …": the person addressed, not the source
            }
            if (after != null && after[0] == after[1] && tokens.get(after[0]).is("PRON") && after[1] + 1 < tokens.size()
                    && tokens.get(after[1] + 1).is("VERB", "AUX")) {
                after = null; // "…, said she has …": the pronoun is the subject of what was said, not its source
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
            if (after != null && after[0] == after[1] && (POSSESSIVES.contains(tokens.get(after[0]).lower())
                    || tokens.get(after[0]).is("PRON") && after[1] + 1 < tokens.size() && tokens.get(after[1] + 1).is("VERB", "AUX"))) {
                after = null; // "… and said she will …": the pronoun begins what was said; "his" begins an object
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
                return told == null ? null : new Found(cue, source, told.span(), told.quoted(), 0.75, sentence.index());
            }
            return new Found(cue, source, new Span(tokens.get(before[0]).start(), tokens.get(before[1]).end()), false, 0.75,
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
        return new Found(cue, source, contentSpan, quoted, confidence, sentence.index(), continuation, clause);
    }

}
