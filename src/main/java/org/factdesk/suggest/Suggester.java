package org.factdesk.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.suggest.TextAnalysis.Token;
import org.jspecify.annotations.Nullable;

/**
 * Turns a text into suggestions: each attributed statement (its content, with who said it and the
 * cue), and each other sentence that is worth checking or asserts a quantity, with the sentence's
 * check-worthiness score and the quantities, dates and comparisons in it. Offsets are string indices.
 */
public final class Suggester {

    /** The score at or above which a sentence without attribution or quantity is suggested. */
    public static final double SENTENCE_THRESHOLD = 0.15;
    /** The score at or above which a sentence with a quantity but no attribution is suggested. */
    public static final double QUANTITY_THRESHOLD = 0.04;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "who", "which", "we", "i", "you", "that",
            "him", "her", "them", "his", "its", "their");

    /**
     * One suggestion.
     *
     * @param speaker who the source is, with a pronoun resolved to the last name mentioned as a source
     * @param role what the source phrase says the speaker is ("US State Department spokeswoman")
     * @param reasons the two or three features of its sentence that raise its check-worthiness most
     */
    public record Suggestion(Span span, double score, @Nullable FoundAttribution attribution, @Nullable String speaker,
            @Nullable String role, List<Quantities.Found> quantities, List<String> reasons) {

        public Suggestion {
            reasons = List.copyOf(reasons);
        }

        Suggestion withSpeaker(@Nullable String speaker) {
            return new Suggestion(span, score, attribution, speaker, role, quantities, reasons);
        }
    }

    /** How many reasons a suggestion gives at most. */
    static final int REASONS = 3;

    private final CheckWorthiness model;

    public Suggester(CheckWorthiness model) {
        this.model = model;
    }

    public List<Suggestion> suggest(String text) {
        var sentences = TextAnalysis.analyse(text);
        var attributions = Attributions.find(text, sentences);
        var scores = new double[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            scores[i] = model.score(sentences.get(i).tokens());
        }
        var bySentence = new HashMap<Integer, List<FoundAttribution>>();
        attributions.forEach(a -> bySentence.computeIfAbsent(a.sentence(), k -> new ArrayList<>()).add(a));
        var result = new ArrayList<Suggestion>();
        // Many attributions share a sentence (a run of quotations has dozens in one): its reasons are worked out once.
        var reasons = new HashMap<Integer, List<String>>();
        var quantities = Quantities.all(text);
        String lastName = null;
        for (var sentence : sentences) {
            var found = bySentence.getOrDefault(sentence.index(), List.of());
            for (var a : found) {
                String speaker = null;
                String role = null;
                if (a.source() != null) {
                    var tokens = tokensIn(sentence.tokens(), a.source());
                    var name = name(tokens, text);
                    var phrase = a.source().of(text);
                    if (PRONOUNS.contains(phrase.toLowerCase(Locale.ROOT))) {
                        speaker = lastName;
                    } else {
                        speaker = name != null ? name : stripDeterminer(phrase);
                        role = roleOf(phrase, name);
                        if (name != null) {
                            lastName = name;
                        }
                    }
                }
                var best = sentence;
                // A quotation may run on over later sentences: its score is the best of them.
                for (var s : sentences.subList(sentence.index(), sentences.size())) {
                    if (s.start() >= a.whole().end()) {
                        break;
                    }
                    if (scores[s.index()] > scores[best.index()]) {
                        best = s;
                    }
                }
                // A quotation split by its cue ("“…,” she said. “…”") is suggested whole.
                var whole = a.whole();
                result.add(new Suggestion(whole, scores[best.index()], a, speaker, role,
                        Quantities.in(text, quantities, whole.start(), whole.end()),
                        reasons.computeIfAbsent(best.index(), k -> model.reasons(sentences.get(k).tokens(), REASONS))));
            }
            if (found.isEmpty()) {
                var inSentence = Quantities.in(text, quantities, sentence.start(), sentence.end());
                double score = scores[sentence.index()];
                boolean numeric = inSentence.stream().anyMatch(q -> q.kind() != Quantities.Kind.DATE);
                if (score >= SENTENCE_THRESHOLD || numeric && score >= QUANTITY_THRESHOLD) {
                    result.add(new Suggestion(trimmed(text, sentence), score, null, null, null, inSentence,
                            model.reasons(sentence.tokens(), REASONS)));
                }
            }
        }
        return sameSpeakerSameName(result);
    }

    /**
     * A person named in full once and by surname elsewhere ("Joe Biden" ... "Biden said") is one
     * speaker: the surname alone takes the full name, so accepting both suggestions does not propose
     * two claimants. Only where exactly one full name in the text ends in that surname.
     */
    static List<Suggestion> sameSpeakerSameName(List<Suggestion> suggestions) {
        var fullNames = new HashMap<String, Set<String>>();
        for (var s : suggestions) {
            var speaker = s.speaker();
            if (speaker != null && speaker.strip().contains(" ")) {
                var words = speaker.strip().split("\\s+");
                fullNames.computeIfAbsent(words[words.length - 1], k -> new java.util.LinkedHashSet<>()).add(speaker);
            }
        }
        var result = new ArrayList<Suggestion>(suggestions.size());
        for (var s : suggestions) {
            var speaker = s.speaker();
            var candidates = speaker == null ? null : fullNames.get(speaker.strip());
            if (candidates != null && candidates.size() == 1) {
                s = s.withSpeaker(candidates.iterator().next());
            }
            result.add(s);
        }
        return result;
    }

    private static Span trimmed(String text, TextAnalysis.Sentence sentence) {
        int end = sentence.end();
        while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(sentence.start(), end);
    }

    private static List<Token> tokensIn(List<Token> tokens, Span span) {
        return tokens.stream().filter(t -> t.start() >= span.start() && t.end() <= span.end()).toList();
    }

    /** The last run of proper nouns in a source phrase: "US State Department spokeswoman Jen Psaki" gives "Jen Psaki". */
    static @Nullable String name(List<Token> tokens, String text) {
        int end = tokens.size() - 1;
        // "Jen Psaki, the White House press secretary": the name is before the apposition; "the chief
        // executive of Pfizer, Albert Bourla": the apposition is nothing but a person's name, and it is the name.
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(",") && i > 0) {
                int after = i + 1;
                int last = tokens.size() - 1;
                while (last > after && tokens.get(last).text().equals(",")) {
                    last--;
                }
                boolean personAfter = last > after && tokens.subList(after, last + 1).stream().allMatch(Suggester::isName)
                        && tokens.subList(after, last + 1).stream().noneMatch(t -> TITLES.contains(t.lower()));
                if (personAfter) {
                    return text.substring(tokens.get(after).start(), tokens.get(last).end());
                }
                end = i - 1;
                break;
            }
        }
        while (end >= 0 && !isName(tokens.get(end))) {
            end--;
        }
        if (end < 0) {
            return null;
        }
        int start = end;
        // A capitalised adjective inside a name belongs to it ("New York": the tagger calls "New" ADJ).
        while (start > 0 && (isName(tokens.get(start - 1)) || isProperAdjective(tokens.get(start - 1)))
                && !TITLES.contains(tokens.get(start - 1).lower())) {
            start--;
        }
        if (TITLES.contains(tokens.get(end).lower())) {
            // "the White House", "the Foreign Ministry": an institution, named whole, with the
            // capitalised adjectives in its name (the tagger calls "White" and "Foreign" ADJ).
            while (start > 0 && (isName(tokens.get(start - 1)) || isProperAdjective(tokens.get(start - 1)))) {
                start--;
            }
        }
        if (start > end) {
            return null;
        }
        // "X of Y": "the Ministry of Defence" is one institution; "the governor of Texas", "the mayor of New
        // York" and "the chief executive of Pfizer" name an office, which is who spoke, not the place.
        if (start >= 2 && tokens.get(start - 1).lower().equals("of")) {
            int head = start - 2;
            if (isName(tokens.get(head))) {
                while (head > 0 && (isName(tokens.get(head - 1)) || isProperAdjective(tokens.get(head - 1)))) {
                    head--;
                }
                return text.substring(tokens.get(head).start(), tokens.get(end).end());
            }
            if (tokens.get(head).is("NOUN")) {
                while (head > 0 && tokens.get(head - 1).is("NOUN", "ADJ") && !tokens.get(head - 1).text().equals(",")) {
                    head--;
                }
                var office = text.substring(tokens.get(head).start(), tokens.get(end).end());
                return Character.toUpperCase(office.charAt(0)) + office.substring(1);
            }
        }
        return text.substring(tokens.get(start).start(), tokens.get(end).end());
    }

    /** Words that name an office rather than a person: "Defense Minister", "Press Secretary". */
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "spokeswoman", "spokesman",
            "spokesperson", "senator", "sen.", "rep.", "representative", "gov.", "governor", "general", "gen.", "chancellor",
            "chief", "director", "ambassador", "king", "queen", "pope", "judge", "justice", "mayor", "deputy", "vice",
            "prime", "foreign", "defense", "defence", "interior", "press", "state", "department", "house", "senate",
            "congressman", "congresswoman", "leader", "chairman", "chairwoman", "chair", "ceo", "officer", "commander",
            "adviser", "advisor", "attorney", "dr.", "prof.", "professor", "lt.", "col.", "sgt.", "capt.", "adm.");

    private static boolean isName(Token t) {
        return t.is("PROPN") && t.text().length() > 1
                || t.is("NOUN", "VERB") && Character.isUpperCase(t.text().charAt(0)) && t.text().length() > 1;
    }

    /** A capitalised adjective: part of an institution's name when it stands before the office word. */
    private static boolean isProperAdjective(Token t) {
        return t.is("ADJ") && Character.isUpperCase(t.text().charAt(0)) && t.text().length() > 1;
    }

    private static @Nullable String roleOf(String phrase, @Nullable String name) {
        if (name == null) {
            return null;
        }
        // An office named as the speaker ("Governor of Texas" from "the governor of Texas") holds no further role.
        if (!phrase.contains(name) && phrase.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        var role = phrase.replace(name, " ").replaceAll("(?i)^\\s*(the|a|an)\\s+", "").replaceAll("^[\\s,]+|[\\s,]+$", "")
                .replaceAll("\\s+", " ").replaceAll("(?i)^(the|a|an)\\s+", "");
        return role.isBlank() || role.length() < 3 ? null : role;
    }

    private static String stripDeterminer(String phrase) {
        return phrase.replaceAll("(?i)^(the|a|an)\\s+", "").strip();
    }
}
