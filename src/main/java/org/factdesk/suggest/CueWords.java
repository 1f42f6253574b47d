package org.factdesk.suggest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words that make cues: verbs of saying and of thinking (with every form of each), verbs that take
 * the person spoken to or what was said as their object, particles that belong to a cue, nouns of
 * saying, and words that say when rather than who. Lexicons in the terms of the PolNeAR annotation
 * guidelines, not lists drawn from any one text.
 */
final class CueWords {

    private CueWords() {
    }

    /** Verbs of saying: a cue wherever the sentence gives them a content. */
    static final Set<String> SPEECH = set("say", "tell", "state", "claim", "accuse", "deny", "warn", "confirm",
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

    /**
     * Verbs of judging and of characterising (Levin's classes 33 and 29.2–29.3: "blamed the mayor for
     * …", "branded the plan a failure", "likened the deal to …") and of urging and lamenting
     * ("exhorted members to …", "bemoaned the cuts"): cues whose object or clause is what was said.
     * Chosen on the tuning half of the publishers from those classes; a longer list from the same
     * classes (manner of speaking, complaining, advising, 65 more verbs) found a few more cues there
     * and lost more in precision.
     */
    static final Set<String> JUDGING = set("blame", "thank", "commend", "chastise", "castigate", "rebuke", "scold",
            "fault", "decry", "hail", "laud", "salute", "congratulate", "credit", "deride", "lambaste", "assail", "label",
            "brand", "dub", "portray", "depict", "characterize", "characterise", "term", "deem", "liken", "compare",
            "bemoan", "exhort", "implore", "plead", "beg", "encourage", "press", "remind", "reference");

    /**
     * Verbs of making an expression public ("released a statement saying …", "aired an ad that …"):
     * the guidelines' artifacts and media as sources. Chosen on the tuning half of the publishers.
     */
    static final Set<String> PUBLISHING = set("release", "publish", "issue", "unveil", "air", "broadcast", "retweet", "sing");

    /** Things made to express something, whose maker the guidelines take as the source ("issued a statement saying"). */
    static final Set<String> ARTIFACTS = Set.of("statement", "statements", "tweet", "tweets", "letter", "letters", "ad",
            "ads", "advertisement", "video", "videos", "post", "posts", "message", "messages", "memo", "email", "emails",
            "release", "note", "report", "op-ed", "column", "editorial", "essay", "book", "speech", "filing", "lawsuit",
            "complaint", "petition", "proposal", "plan", "series", "ruling", "order", "spot");

    /** Verbs of thinking and wanting: a cue only with a that-clause, a quotation or a colon after them. */
    static final Set<String> THINKING = set("think", "believe", "feel", "know", "expect", "hope", "fear",
            "worry", "doubt", "suspect", "assume", "understand", "recognize", "recognise", "realize", "realise", "hear",
            "see", "guess", "bet", "figure", "decide", "want", "plan", "intend", "support", "oppose", "prefer", "seem",
            "appear", "pretend", "imagine", "trust");

    /**
     * Verbs of belief and knowledge (among the thinking verbs), which take a clause without "that":
     * "most economists believe the recession is over".
     */
    static final Set<String> BELIEF = set("think", "believe", "know", "feel", "expect", "hope", "fear", "worry", "doubt",
            "suspect", "assume", "understand", "realize", "realise", "recognize", "recognise", "guess", "bet", "figure",
            "decide", "imagine", "trust");

    /** Verbs that take the person spoken to before the content: "told reporters that". */
    static final Set<String> ADDRESSEE = Set.of("tell", "inform", "assure", "warn", "remind", "advise", "ask",
            "brief", "caution", "urge", "promise", "show", "teach", "convince", "persuade");

    /** Verbs whose object is what was said: "criticized the plan as a waste", "denied the report". */
    static final Set<String> OBJECT = set("criticize", "criticise", "blast", "slam", "attack", "praise",
            "describe", "call", "accuse", "cite", "mention", "deny", "reject", "dispute", "question", "announce",
            "confirm", "reveal", "report", "warn", "urge", "demand", "promise", "pledge", "vow", "threaten", "predict",
            "estimate", "chant", "echo", "repeat", "reiterate", "tout", "signal", "propose", "outline", "defend", "note",
            "condemn", "endorse", "rate", "discuss", "dismiss", "mock", "ridicule", "applaud", "welcome", "denounce",
            "highlight", "recommend", "support", "oppose", "want", "decline", "refuse");

    /** Particles that belong to the cue: "called for", "pointed to", "called on". */
    static final Map<String, Set<String>> PARTICLES = Map.of("call", Set.of("for", "on"), "point", Set.of("to", "out"),
            "lash", Set.of("out"), "speak", Set.of("out"));

    static final Map<String, String> FORMS = forms();

    /**
     * Nouns of saying and thinking that make a cue with a that-clause: "his claim that …", "the
     * senator's view that …" (the annotation guidelines' "nouns as cues"; the source is the possessor).
     */
    static final Set<String> NOUN_CUES = Set.of("claim", "claims", "statement", "statements", "view", "views",
            "concern", "concerns", "belief", "argument", "assertion", "comment", "comments", "remark", "remarks", "report",
            "warning", "promise", "pledge", "accusation", "accusations", "allegation", "allegations", "suggestion",
            "insistence", "announcement", "prediction", "assessment", "opinion", "position", "contention", "charge",
            "denial", "admission", "fear", "fears", "hope", "message", "vow", "threat", "assurance", "assurances",
            "estimate", "conclusion", "finding", "findings", "idea", "notion", "theory", "suspicion");

    /** Words that say when, not who: "said Tuesday that …", "wrote last week". */
    static final Set<String> WHEN = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight", "tomorrow", "earlier", "later", "last", "this", "next", "week",
            "month", "year", "night", "morning", "afternoon", "evening", "weekend", "recently", "again", "also");

    /** The verb a word form belongs to, if it is a cue verb: said → say, warning → warn. */
    static @Nullable String lemma(String word) {
        return FORMS.get(word.toLowerCase(java.util.Locale.ROOT));
    }

    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static Map<String, String> forms() {
        var forms = new HashMap<String, String>();
        var irregular = Map.ofEntries(Map.entry("say", List.of("said")), Map.entry("tell", List.of("told")),
                Map.entry("write", List.of("wrote", "written")), Map.entry("think", List.of("thought")),
                Map.entry("find", List.of("found")), Map.entry("know", List.of("knew", "known")),
                Map.entry("hear", List.of("heard")), Map.entry("feel", List.of("felt")), Map.entry("see", List.of("saw", "seen")),
                Map.entry("show", List.of("shown")), Map.entry("learn", List.of("learnt")),
                Map.entry("understand", List.of("understood")), Map.entry("bet", List.of("bet")),
                Map.entry("forecast", List.of("forecast")), Map.entry("teach", List.of("taught")),
                Map.entry("speak", List.of("spoke", "spoken")),
                Map.entry("sing", List.of("sang", "sung")), Map.entry("broadcast", List.of("broadcast")));
        var all = new java.util.LinkedHashSet<String>();
        all.addAll(SPEECH);
        all.addAll(JUDGING);
        all.addAll(PUBLISHING);
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

    static String thirdPerson(String v) {
        if (v.matches(".*(s|sh|ch|x|z|o)")) {
            return v + "es";
        }
        if (v.matches(".*[^aeiou]y")) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v + "s";
    }

    static String past(String v) {
        if (v.endsWith("e")) {
            return v + "d";
        }
        if (v.matches(".*[^aeiou]y")) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        if (Set.of("admit", "plan", "regret", "commit", "refer", "prefer", "stop", "bet", "beg", "dub").contains(v)) {
            return v + v.charAt(v.length() - 1) + "ed";
        }
        return v + "ed";
    }

    static String gerund(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        if (v.endsWith("e") && !v.endsWith("ee")) {
            return v.substring(0, v.length() - 1) + "ing";
        }
        if (Set.of("admit", "plan", "regret", "commit", "refer", "prefer", "stop", "bet", "beg", "dub").contains(v)) {
            return v + v.charAt(v.length() - 1) + "ing";
        }
        return v + "ing";
    }
}
