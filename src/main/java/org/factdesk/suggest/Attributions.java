package org.factdesk.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     */
    public record Found(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence,
            @Nullable Span continuation) {

        public Found(Span cue, @Nullable Span source, Span content, boolean quoted, double confidence, int sentence) {
            this(cue, source, content, quoted, confidence, sentence, null);
        }

        /** From the content's start to the end of its continuation, if it has one, else the content. */
        public Span whole() {
            return continuation == null ? content : new Span(content.start(), continuation.end());
        }
    }

    /** Verbs of saying: a cue wherever the sentence gives them a content. */
    private static final Set<String> SPEECH = set("say", "tell", "state", "claim", "accuse", "deny", "warn", "confirm",
            "add", "announce", "argue", "insist", "note", "explain", "write", "tweet", "post", "acknowledge", "admit",
            "allege", "assert", "contend", "maintain", "declare", "comment", "remark", "reply", "respond", "answer", "ask",
            "testify", "concede", "stress", "emphasize", "emphasise", "observe", "recall", "reveal", "disclose", "report",
            "predict", "estimate", "promise", "pledge", "vow", "threaten", "urge", "demand", "complain", "boast", "joke",
            "counter", "retort", "reiterate", "repeat", "echo", "mention", "caution", "assure", "inform", "advise",
            "charge", "speculate", "hint", "imply", "signal", "conclude", "affirm", "reaffirm", "proclaim", "tout",
            "shout", "yell", "scream", "whisper", "recount", "lament", "protest", "suggest", "indicate", "cite", "quote",
            "elaborate", "clarify", "reason", "question", "wonder", "muse", "agree", "disagree", "dispute", "reject",
            "blast", "slam", "criticize", "criticise", "attack", "praise", "describe", "call", "chant", "insinuate",
            "rule", "forecast", "project", "calculate", "show", "find", "learn", "propose", "outline", "defend",
            "decline", "condemn", "endorse", "refuse", "rate", "discuss", "speak", "continue", "recommend", "concur",
            "acknowledge", "highlight", "stress", "dismiss", "mock", "ridicule", "applaud", "welcome", "denounce",
            "warn", "brag", "lash", "point", "push", "tell");

    /** Verbs of thinking and wanting: a cue only with a that-clause, a quotation or a colon after them. */
    private static final Set<String> THINKING = set("think", "believe", "feel", "know", "expect", "hope", "fear",
            "worry", "doubt", "suspect", "assume", "understand", "recognize", "recognise", "realize", "realise", "hear",
            "see", "guess", "bet", "figure", "decide", "want", "plan", "intend", "support", "oppose", "prefer", "seem",
            "appear", "pretend", "imagine", "trust");

    /** Verbs that take the person spoken to before the content: "told reporters that". */
    private static final Set<String> ADDRESSEE = Set.of("tell", "inform", "assure", "warn", "remind", "advise", "ask",
            "brief", "caution", "urge", "promise", "show", "teach", "convince", "persuade");

    /** Verbs whose object is what was said: "criticized the plan as a waste", "denied the report". */
    private static final Set<String> OBJECT = set("criticize", "criticise", "blast", "slam", "attack", "praise",
            "describe", "call", "accuse", "cite", "mention", "deny", "reject", "dispute", "question", "announce",
            "confirm", "reveal", "report", "warn", "urge", "demand", "promise", "pledge", "vow", "threaten", "predict",
            "estimate", "chant", "echo", "repeat", "reiterate", "tout", "signal", "propose", "outline", "defend", "note",
            "condemn", "endorse", "rate", "discuss", "dismiss", "mock", "ridicule", "applaud", "welcome", "denounce",
            "highlight", "recommend", "support", "oppose", "want", "decline", "refuse");

    /** Particles that belong to the cue: "called for", "pointed to", "called on". */
    private static final Map<String, Set<String>> PARTICLES = Map.of("call", Set.of("for", "on"), "point", Set.of("to", "out"),
            "lash", Set.of("out"), "speak", Set.of("out"));

    private static final Map<String, String> FORMS = forms();

    /**
     * Nouns of saying and thinking that make a cue with a that-clause: "his claim that …", "the
     * senator's view that …" (the annotation guidelines' "nouns as cues"; the source is the possessor).
     */
    private static final Set<String> NOUN_CUES = Set.of("claim", "claims", "statement", "statements", "view", "views",
            "concern", "concerns", "belief", "argument", "assertion", "comment", "comments", "remark", "remarks", "report",
            "warning", "promise", "pledge", "accusation", "accusations", "allegation", "allegations", "suggestion",
            "insistence", "announcement", "prediction", "assessment", "opinion", "position", "contention", "charge",
            "denial", "admission", "fear", "fears", "hope", "message", "vow", "threat", "assurance", "assurances",
            "estimate", "conclusion", "finding", "findings", "idea", "notion", "theory", "suspicion");

    /** Words that say when, not who: "said Tuesday that …", "wrote last week". */
    private static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "tomorrow", "earlier", "later", "last", "this", "next", "week",
            "month", "year", "night", "morning", "afternoon", "evening", "weekend", "recently", "again", "also");

    private static final Set<String> OPEN_QUOTES = Set.of("\u201C", "\"", "\u2018", "''", "``", "'");
    private static final Set<String> CLOSE_QUOTES = Set.of("\u201D", "\"", "\u2019", "''", "'");
    private static final Set<String> NP_TAGS = Set.of("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM");

    private Attributions() {
    }

    /** The verb a word form belongs to, if it is a cue verb: said → say, warning → warn. */
    static @Nullable String lemma(String word) {
        return FORMS.get(word.toLowerCase(java.util.Locale.ROOT));
    }

    public static List<Found> find(String text, List<Sentence> sentences) {
        var found = new ArrayList<Found>();
        var paragraphEnds = paragraphEnds(text, sentences);
        for (var sentence : sentences) {
            var tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                var t = tokens.get(i);
                if (t.lower().equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                    var a = accordingTo(text, sentences, sentence, i);
                    if (a != null) {
                        found.add(a);
                    }
                    continue;
                }
                if (t.is("NOUN") && NOUN_CUES.contains(t.lower()) && i + 1 < tokens.size()
                        && tokens.get(i + 1).lower().equals("that") && tokens.get(i + 1).is("SCONJ")) {
                    var a = nounCue(text, sentences, sentence, i);
                    if (a != null) {
                        found.add(a);
                    }
                    continue;
                }
                var lemma = lemma(t.text());
                boolean verbLike = t.is("VERB", "AUX") || lemma != null && (lemma.equals("say") || lemma.equals("tell"))
                        || lemma != null && t.is("NOUN") && t.lower().endsWith("s") && i > 0
                                && tokens.get(i - 1).is("PROPN", "PRON", "NOUN") && i + 1 < tokens.size()
                                && Set.of("to", "that").contains(tokens.get(i + 1).lower());
                if (lemma == null || !verbLike) {
                    if (t.text().equals(":") && i > 0) {
                        var a = colonCue(sentences, sentence, i, paragraphEnds[sentence.index()]);
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
        return withoutNested(found);
    }

    /**
     * A cue inside another attribution's content is part of what was said, unless it is a plain "said"
     * (both at confidence 0.9 or more). One sweep over the attributions in order of content start,
     * keeping per confidence level the two furthest content ends seen so far, so a text with
     * thousands of attributions costs n log n, not n².
     */
    static List<Found> withoutNested(List<Found> found) {
        var levels = found.stream().mapToDouble(Found::confidence).distinct().sorted().toArray();
        var byContentStart = new ArrayList<>(found);
        byContentStart.sort(java.util.Comparator.comparingInt(f -> f.content().start()));
        var byCueStart = new ArrayList<>(found);
        byCueStart.sort(java.util.Comparator.comparingInt(f -> f.cue().start()));
        // Per level: the furthest content end and which attribution has it, and the second furthest.
        var first = new int[levels.length];
        var firstOf = new Found[levels.length];
        var second = new int[levels.length];
        java.util.Arrays.fill(first, -1);
        java.util.Arrays.fill(second, -1);
        var nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Found, Boolean>());
        int next = 0;
        for (var a : byCueStart) {
            while (next < byContentStart.size() && byContentStart.get(next).content().start() <= a.cue().start()) {
                var b = byContentStart.get(next++);
                int level = java.util.Arrays.binarySearch(levels, b.confidence());
                int end = b.content().end();
                if (end > first[level]) {
                    second[level] = first[level];
                    first[level] = end;
                    firstOf[level] = b;
                } else if (end > second[level]) {
                    second[level] = end;
                }
            }
            for (int level = 0; level < levels.length; level++) {
                double c = levels[level];
                if (c < a.confidence() || a.confidence() >= 0.9 && c >= 0.9) {
                    continue;
                }
                int end = firstOf[level] == a ? second[level] : first[level];
                if (end >= a.cue().end()) {
                    nested.add(a);
                    break;
                }
            }
        }
        var kept = new ArrayList<Found>(found.size());
        for (var a : found) {
            if (!nested.contains(a)) {
                kept.add(a);
            }
        }
        return kept;
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
                || tokens.get(subjectEnd).lower().equals("n't"))) {
            subjectEnd--;
        }
        int[] before = subjectEnd >= 0 ? nounPhraseBackward(tokens, subjectEnd) : null;
        if (before == null && subjectEnd >= 0 && tokens.get(subjectEnd).text().equals(",")) {
            before = appositiveBackward(tokens, subjectEnd);
        }
        int[] after = null;
        boolean coordinated = before == null && i > 1 && tokens.get(i - 1).lower().equals("and")
                && !tokens.get(i).lower().endsWith("ing");
        boolean participle = before == null && i > 1 && tokens.get(i - 1).text().equals(",")
                && tokens.get(i).lower().endsWith("ing");
        if (before == null && !coordinated && !participle) {
            after = nounPhraseForward(tokens, cueEnd + 1);
            if (after != null && onlyWhen(tokens, after)) {
                after = null; // "…, she said Tuesday": a day is not a source
            }
        }
        if (before == null && after == null && (coordinated || participle)) {
            // "…, adding that …" and "announced the budget and promised to …": the source is the subject of the sentence.
            int k = 0;
            while (k < i && (tokens.get(k).is("CCONJ", "ADV") || isQuote(tokens.get(k)))) {
                k++;
            }
            var subject = nounPhraseForward(tokens, k);
            if (subject != null && subject[1] < i - 1 && tokens.get(subject[1] + 1).is("VERB", "AUX", "ADV")) {
                before = subject;
            }
        }
        if (before == null && after == null && (coordinated || participle)) {
            after = nounPhraseForward(tokens, cueEnd + 1);
        }
        // A passive ("was told") makes the subject the addressee, not the source; "is demanding" is not a passive.
        if (before != null && i > 0 && isFormOfBe(tokens.get(i - 1)) && !lemma.equals("say")
                && !tokens.get(i).lower().endsWith("ing")) {
            return null;
        }

        // What: the clause after the cue, or the one before it.
        int afterCue = cueEnd + 1 + (after == null ? 0 : after[1] - after[0] + 1);
        var content = contentAfter(text, sentences, sentence, afterCue, lemma, thinking);
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
        Span contentSpan = null;
        boolean quoted = false;
        if (content != null && (before != null || after != null)) {
            contentSpan = content.span;
            quoted = content.quoted;
        } else if (!thinking && (content == null && before != null || endsClause(tokens, afterCue))) {
            var prior = contentBefore(text, sentences, sentence, contentBeforeEnd);
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
                contentSpan = prior.span;
                quoted = prior.quoted;
                if (before == null && after == null) {
                    return null;
                }
            }
        }
        if (contentSpan == null) {
            return null;
        }
        Span source = before != null ? new Span(tokens.get(before[0]).start(), tokens.get(before[1]).end())
                : after != null ? new Span(tokens.get(after[0]).start(), tokens.get(after[1]).end()) : null;
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
            continuation = quotationAfter(text, sentences, sentence, from);
        }
        return new Found(cue, source, contentSpan, quoted, confidence, sentence.index(), continuation);
    }

    /** "Trump's claim that …", "her view that …": the possessor is the source, the that-clause the content. */
    private static @Nullable Found nounCue(String text, List<Sentence> sentences, Sentence sentence, int i) {
        var tokens = sentence.tokens();
        Span source = null;
        if (i >= 1 && tokens.get(i - 1).is("PRON") && Set.of("his", "her", "their", "its", "our", "my", "your")
                .contains(tokens.get(i - 1).lower())) {
            source = new Span(tokens.get(i - 1).start(), tokens.get(i - 1).end());
        } else {
            int k = i - 1;
            while (k >= 0 && tokens.get(k).is("ADJ")) {
                k--;
            }
            if (k >= 1 && (tokens.get(k).lower().equals("'s") || tokens.get(k).lower().equals("\u2019s"))) {
                var owner = nounPhraseBackward(tokens, k - 1);
                if (owner != null) {
                    source = new Span(tokens.get(owner[0]).start(), tokens.get(owner[1]).end());
                }
            }
        }
        if (source == null) {
            return null;
        }
        int start = i + 1;
        int end = clauseEnd(tokens, start, lastWord(tokens));
        if (end - start < 2) {
            return null;
        }
        return new Found(new Span(tokens.get(i).start(), tokens.get(i).end()), source,
                new Span(tokens.get(start).start(), tokens.get(end).end()), false, 0.6, sentence.index());
    }

    private static @Nullable Found accordingTo(String text, List<Sentence> sentences, Sentence sentence, int i) {
        var tokens = sentence.tokens();
        var cue = new Span(tokens.get(i).start(), tokens.get(i + 1).end());
        var np = nounPhraseForward(tokens, i + 2);
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
        return new Found(cue, source, content.span, content.quoted, 0.85, sentence.index());
    }

    /** For each sentence, the index of the last sentence of its paragraph. */
    private static int[] paragraphEnds(String text, List<Sentence> sentences) {
        var last = new int[sentences.size()];
        for (int s = sentences.size() - 1; s >= 0; s--) {
            boolean lastInParagraph = s == sentences.size() - 1
                    || text.substring(sentences.get(s).end(), sentences.get(s + 1).start()).contains("\n");
            last[s] = lastInParagraph ? s : last[s + 1];
        }
        return last;
    }

    /** "Jane Roe: Voters are worried…": a short name before a colon at the start of a sentence. */
    private static @Nullable Found colonCue(List<Sentence> sentences, Sentence sentence, int i, int lastOfParagraph) {
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
        // A speaker's turn in a transcript ("ROE: …", also when the transcript is quoted) runs to the end of the paragraph.
        if (tokens.get(np[1]).text().equals(tokens.get(np[1]).text().toUpperCase(java.util.Locale.ROOT))) {
            if (lastOfParagraph > sentence.index()) {
                endOffset = sentences.get(lastOfParagraph).end();
            }
        }
        return new Found(new Span(tokens.get(i).start(), tokens.get(i).end()),
                new Span(tokens.get(np[0]).start(), tokens.get(np[1]).end()),
                new Span(tokens.get(i + 1).start(), endOffset), isQuote(tokens.get(i + 1)), 0.5, sentence.index());
    }

    /** "“…” ― Jane Roe": a quotation signed with a dash and a name. */
    private static @Nullable Found dashCue(String text, List<Sentence> sentences, Sentence sentence, int i) {
        var tokens = sentence.tokens();
        var np = nounPhraseForward(tokens, i + 1);
        if (np == null) {
            return null;
        }
        var content = contentBefore(text, sentences, sentence, i - 1);
        if (content == null) {
            return null;
        }
        return new Found(new Span(tokens.get(i).start(), tokens.get(i).end()),
                new Span(tokens.get(np[0]).start(), tokens.get(np[1]).end()), content.span(), true, 0.7, sentence.index());
    }

    private record ContentRun(Span span, boolean quoted) {
    }

    private static @Nullable ContentRun contentAfter(String text, List<Sentence> sentences, Sentence sentence, int from,
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
        boolean quoteOpens = OPEN_QUOTES.contains(first.text());
        if (thinking && !quoteOpens && !first.lower().equals("that") && !(start > from && tokens.get(start - 1).text().equals(":"))) {
            // "wants to", "plans to": an intention is content too.
            if (!(first.lower().equals("to") && Set.of("want", "plan", "intend", "decide", "hope", "expect").contains(lemma))) {
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
            if (tokens.getFirst().is("SCONJ")) {
                for (int k = start + 1; k < end; k++) {
                    if (tokens.get(k).text().equals(",") && tokens.get(k + 1).is("PRON", "PROPN", "DET", "NOUN")) {
                        end = k - 1;
                        break;
                    }
                }
            }
        }
        if (end - start < 1) {
            return null;
        }
        int endOffset = tokens.get(end).end();
        if (quoteOpens && !closesQuote(tokens, start + 1)) {
            // The quotation runs on into the next sentences of the paragraph.
            for (int s = sentence.index() + 1; s < Math.min(sentences.size(), sentence.index() + 6); s++) {
                var next = sentences.get(s);
                if (text.substring(sentences.get(s - 1).end(), next.start()).contains("\n")) {
                    break;
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
        }
        return new ContentRun(new Span(first.start(), endOffset), quoteOpens);
    }

    /**
     * The rest of a quotation split by its cue: "“It is a waste,” she said. “Everyone knows it.”" or
     * "“It is a waste,” she said, “and everyone knows it.”": a quotation that opens right after the cue
     * (after a comma) or opens the next sentence of the paragraph, up to where it closes (at most six
     * sentences on).
     */
    private static @Nullable Span quotationAfter(String text, List<Sentence> sentences, Sentence sentence, int from) {
        var tokens = sentence.tokens();
        int k = from;
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
            for (int s = start.index() + 1; s < Math.min(sentences.size(), start.index() + 6); s++) {
                var next = sentences.get(s);
                if (text.substring(sentences.get(s - 1).end(), next.start()).contains("\n")) {
                    break;
                }
                int end = lastWord(next.tokens());
                if (end < 0) {
                    break;
                }
                endOffset = next.tokens().get(end).end();
                if (closesQuote(next.tokens(), 0)) {
                    break;
                }
            }
        }
        return new Span(startTokens.get(k).start(), endOffset);
    }

    /** The sentences after {@code sentence} up to the end of their paragraph (at most six), as content. */
    private static @Nullable ContentRun followingParagraph(String text, List<Sentence> sentences, Sentence sentence) {
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

    /**
     * Where the content that starts at {@code start} ends, at the latest {@code end}: before a
     * participle phrase that belongs to the reporting clause (", saying …", ", focusing on …").
     */
    private static int clauseEnd(List<Token> tokens, int start, int end) {
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
            if (t.lower().equals("and") && next.is("VERB") && lemma(next.text()) != null && !next.lower().endsWith("ing")) {
                return k - 1;
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
    private static @Nullable ContentRun contentBefore(String text, List<Sentence> sentences, Sentence sentence, int end) {
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

    private static boolean opensQuote(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to && k < tokens.size(); k++) {
            var t = tokens.get(k).text();
            if (t.equals("\u201C") || t.equals("``") || (t.equals("\"") || t.equals("''")) && k == from) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable ContentRun run(List<Token> tokens, int from, int to) {
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
    private static boolean endsClause(List<Token> tokens, int from) {
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

    /** The index of the last token that is not closing punctuation. */
    private static int lastWord(List<Token> tokens) {
        int end = tokens.size() - 1;
        while (end >= 0 && tokens.get(end).is("PUNCT") && !CLOSE_QUOTES.contains(tokens.get(end).text())) {
            end--;
        }
        return end;
    }

    private static boolean closesQuote(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            var t = tokens.get(k).text();
            if (t.equals("\u201D") || t.equals("\"") || t.equals("''")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(Token t) {
        return OPEN_QUOTES.contains(t.text()) || CLOSE_QUOTES.contains(t.text());
    }

    private static boolean onlyWhen(List<Token> tokens, int[] phrase) {
        for (int k = phrase[0]; k <= phrase[1]; k++) {
            if (!WHEN.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFormOfBe(Token t) {
        return Set.of("was", "were", "is", "are", "been", "being", "be", "'s").contains(t.lower());
    }

    private static boolean npToken(Token t) {
        return NP_TAGS.contains(t.tag()) && !isQuote(t) || t.lower().equals("'s") || t.lower().equals("\u2019s")
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
        return new int[] { start, end };
    }

    /**
     * "Jen Psaki, the White House press secretary, said" and "…,” Ann Lee, the attorney general of
     * the state, one of those suing the agency, said": a name with its appositions before the comma at
     * {@code comma}, back to the start of the sentence or the end of a quotation.
     */
    private static int @Nullable [] appositiveBackward(List<Token> tokens, int comma) {
        int k = comma - 1;
        int limit = Math.max(0, comma - 40);
        boolean pendingVerb = false;
        while (k >= limit) {
            var t = tokens.get(k);
            if (isQuote(t) || t.text().equals(":") || t.text().equals(";") || t.text().startsWith("--")
                    || t.text().equals("\u2014") || t.text().equals("\u2013")) {
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
            if (tokens.get(k).is("PROPN", "NOUN", "PRON", "NUM")) {
                hasHead = true;
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
                    && !(tokens.get(k).is("PUNCT") && !tokens.get(k).text().equals(","))) {
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

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Map<String, String> forms() {
        var forms = new HashMap<String, String>();
        var irregular = Map.ofEntries(Map.entry("say", List.of("said")), Map.entry("tell", List.of("told")),
                Map.entry("write", List.of("wrote", "written")), Map.entry("think", List.of("thought")),
                Map.entry("find", List.of("found")), Map.entry("know", List.of("knew", "known")),
                Map.entry("hear", List.of("heard")), Map.entry("feel", List.of("felt")), Map.entry("see", List.of("saw", "seen")),
                Map.entry("show", List.of("shown")), Map.entry("learn", List.of("learnt")),
                Map.entry("understand", List.of("understood")), Map.entry("bet", List.of("bet")),
                Map.entry("forecast", List.of("forecast")), Map.entry("teach", List.of("taught")),
                Map.entry("speak", List.of("spoke", "spoken")));
        var all = new java.util.LinkedHashSet<String>();
        all.addAll(SPEECH);
        all.addAll(THINKING);
        all.addAll(PARTICLES.keySet());
        for (var lemma : all) {
            forms.put(lemma, lemma);
            forms.put(thirdPerson(lemma), lemma);
            forms.put(past(lemma), lemma);
            forms.put(gerund(lemma), lemma);
            irregular.getOrDefault(lemma, List.of()).forEach(f -> forms.put(f, lemma));
        }
        return Map.copyOf(forms);
    }

    private static String thirdPerson(String v) {
        if (v.matches(".*(s|sh|ch|x|z|o)")) {
            return v + "es";
        }
        if (v.matches(".*[^aeiou]y")) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    private static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.matches(".*[^aeiou]y")) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        if (Set.of("admit", "plan", "regret", "commit", "refer", "prefer", "stop", "bet").contains(v)) {
            return v + v.charAt(v.length() - 1) + "ed";
        }
        return v + "ed";
    }

    private static String gerund(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        if (Set.of("admit", "plan", "regret", "commit", "refer", "prefer", "stop", "bet").contains(v)) {
            return v + v.charAt(v.length() - 1) + "ing";
        }
        return v + "ing";
    }
}
