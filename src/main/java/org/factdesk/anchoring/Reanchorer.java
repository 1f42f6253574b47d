package org.factdesk.anchoring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds anchors again after their text changed, and never silently attaches one to different
 * words. In order of preference:
 * <ol>
 * <li>the diff shows the quoted words untouched: they stay (ANCHORED) or follow the edit (MOVED);</li>
 * <li>the exact quote occurs elsewhere: the occurrence whose prefix and suffix match best,
 * nearest to where the old place went, is taken (MOVED; AMBIGUOUS if nothing singles it out); a
 * short quote ("said", "Kyiv") is only taken where at least half of its old context came with it,
 * because the diff and the nearest occurrence alone cannot tell one "said" from another;</li>
 * <li>a close but inexact match near the old place, at a strict similarity threshold, is taken and
 * flagged INEXACT for a person to confirm;</li>
 * <li>otherwise NEEDS_REVIEW: a person re-selects the span.</li>
 * </ol>
 */
public final class Reanchorer {

    /** Inexact matches below this similarity are not taken. */
    public static final double MIN_SIMILARITY = 0.9;
    /** Quotes longer than this are only matched inexactly when both of their ends survived the edit. */
    private static final int MAX_FUZZY_SEARCH = 1_000;
    private static final int MAX_OCCURRENCES = 5_000;
    /**
     * Quotes shorter than this (in code points) recur by chance: found elsewhere than the diff put them,
     * exactly or not, they must bring at least {@link #MIN_SHORT_CONTEXT} of their context.
     */
    static final int SHORT_QUOTE = 40;
    /** The share of a short quote's prefix and suffix that must surround it at a new place. */
    static final double MIN_SHORT_CONTEXT = 0.5;
    /** How far (code points) a short quote's sentence is read on each side of it. */
    private static final int MAX_SENTENCE = 400;

    private final CodePointText oldText;
    private final CodePointText newText;
    private final int[] newCodePoints;
    private final int[] newFolded;
    private final PositionMap map;

    public Reanchorer(String oldText, String newText) {
        this.oldText = new CodePointText(oldText);
        this.newText = new CodePointText(newText);
        var oldCodePoints = oldText.codePoints().toArray();
        this.newCodePoints = newText.codePoints().toArray();
        this.newFolded = fold(newCodePoints);
        this.map = PositionMap.between(oldCodePoints, newCodePoints);
    }

    public List<Reanchoring> reanchor(List<TextAnchor> anchors) {
        var result = new ArrayList<Reanchoring>(anchors.size());
        for (var anchor : anchors) {
            result.add(reanchor(anchor));
        }
        return result;
    }

    public Reanchoring reanchor(TextAnchor given) {
        var anchor = withOldContext(given);
        var result = place(anchor);
        // Words marked whole that now begin or end inside a word ("31 incidents" in "131 incidents"): the
        // letters match, the words do not.
        if (result.flag() == Reanchoring.Flag.NONE && result.anchor() != null
                && cutsWord(anchor, result.anchor().start(), result.anchor().end())) {
            return new Reanchoring(Reanchoring.Outcome.MOVED, result.anchor(), Reanchoring.Flag.INEXACT,
                    result.similarity());
        }
        return result;
    }

    private Reanchoring place(TextAnchor anchor) {
        var sentence = anchor.length() < SHORT_QUOTE ? sentenceAround(anchor) : null;
        // 1. The diff kept the quoted words.
        var mapped = map.mapSpan(anchor.start(), anchor.end());
        // When the context changed too, a duplicated passage may hold the quote with its old
        // context intact: the exact search below weighs all occurrences.
        if (mapped != null && newText.slice(mapped[0], mapped[1]).equals(anchor.exact())
                && contextScore(anchor, mapped[0], mapped[1]) >= 1.0
                && (sentence == null || sentence.holdsAt(mapped[0], mapped[1], 1.0))) {
            var outcome = mapped[0] == anchor.start() && mapped[1] == anchor.end()
                    ? Reanchoring.Outcome.ANCHORED : Reanchoring.Outcome.MOVED;
            return new Reanchoring(outcome, anchorAt(mapped[0], mapped[1]), Reanchoring.Flag.NONE, 1.0);
        }
        int expected = mapped != null ? mapped[0] : map.estimate(anchor.start());

        // 2. The exact quote elsewhere.
        // The quote's own place is still there (both of its ends survived) but its words changed.
        int ownStart = mapped == null ? map.map(anchor.start()) : -1;
        int ownEnd = mapped == null ? map.map(anchor.end() - 1) : -1;
        int editedPlace = ownStart >= 0 && ownEnd >= ownStart ? ownStart : -1;
        var exactMatch = findExact(anchor, sentence, expected, editedPlace);
        if (exactMatch != null) {
            return exactMatch;
        }

        // 3. A close match near the old place.
        var fuzzy = findInexact(anchor, sentence, expected);
        if (fuzzy != null) {
            return fuzzy;
        }
        return Reanchoring.needsReview(0);
    }

    private Reanchoring findExact(TextAnchor anchor, @Nullable QuoteSentence sentence, int expected, int editedPlace) {
        var text = newText.text();
        var exact = anchor.exact();
        int bestPos = -1;
        double bestContext = -1;
        int bestDistance = Integer.MAX_VALUE;
        int occurrences = 0;
        int tiesAtBest = 0;
        int intactPlaces = 0;
        int from = 0;
        while (occurrences < MAX_OCCURRENCES) {
            int index = text.indexOf(exact, from);
            if (index < 0) {
                break;
            }
            occurrences++;
            from = index + 1;
            int start = newText.toCodePoint(index);
            double context = contextScore(anchor, start, start + anchor.length());
            int distance = Math.abs(start - expected);
            if (sentence != null && context >= MIN_SHORT_CONTEXT && sentence.holdsAt(start, start + anchor.length(), context)) {
                intactPlaces++;
            }
            if (context > bestContext + 1e-9) {
                bestContext = context;
                bestPos = start;
                bestDistance = distance;
                tiesAtBest = 1;
            } else if (Math.abs(context - bestContext) <= 1e-9) {
                tiesAtBest++;
                if (distance < bestDistance) {
                    bestPos = start;
                    bestDistance = distance;
                }
            }
        }
        if (bestPos < 0 || anchor.length() < SHORT_QUOTE && bestContext < MIN_SHORT_CONTEXT) {
            return null;
        }
        // Several equally fitting places and a context that does not point to one: place it, but ask.
        // A short quote away from the diff's place is only trusted in its own sentence, and only when no
        // other place has that sentence around it too.
        // The same words elsewhere while the quote's own place was edited (a passage the article repeats):
        // moving there may be right, but only a person can say.
        var flag = tiesAtBest > 1 && bestContext < 0.5 || editedPlace >= 0 && bestPos != editedPlace
                || sentence == null && anotherOldCopy(anchor, bestPos)
                || sentence != null && (intactPlaces != 1 || !sentence.holdsAt(bestPos, bestPos + anchor.length(), bestContext))
                ? Reanchoring.Flag.AMBIGUOUS : Reanchoring.Flag.NONE;
        var outcome = bestPos == anchor.start() ? Reanchoring.Outcome.ANCHORED : Reanchoring.Outcome.MOVED;
        return new Reanchoring(outcome, anchorAt(bestPos, bestPos + anchor.length()), flag, 1.0);
    }

    private Reanchoring findInexact(TextAnchor anchor, @Nullable QuoteSentence sentence, int expected) {
        var quote = fold(anchor.exact().codePoints().toArray());
        int length = quote.length;
        // a. Both ends of the quote survived and only its inside changed.
        int s = map.map(anchor.start());
        int e = map.map(anchor.end() - 1);
        if (s >= 0 && e >= s) {
            var candidate = java.util.Arrays.copyOfRange(newFolded, s, e + 1);
            double similarity = similarity(quote, candidate);
            if (similarity >= MIN_SIMILARITY) {
                return inexact(s, e + 1, similarity, anchor, sentence);
            }
        }
        if (length > MAX_FUZZY_SEARCH) {
            return null;
        }
        // b. Search a window around the expected place for the closest substring.
        int window = Math.max(200, 2 * length);
        int from = Math.max(0, expected - window);
        int to = Math.min(newFolded.length, expected + length + window);
        if (to - from < 1) {
            return null;
        }
        int maxErrors = (int) Math.floor(length * (1 - MIN_SIMILARITY));
        var match = Sellers.bestMatch(quote, newFolded, from, to, maxErrors);
        if (match == null) {
            return null;
        }
        double similarity = 1.0 - (double) match.errors() / Math.max(length, match.end() - match.start());
        if (similarity < MIN_SIMILARITY) {
            return null;
        }
        // Short quotes change meaning with one letter: they also need their context to agree.
        if (length < SHORT_QUOTE && contextScore(anchor, match.start(), match.end()) < MIN_SHORT_CONTEXT) {
            return null;
        }
        return inexact(match.start(), match.end(), similarity, anchor, sentence);
    }

    private Reanchoring inexact(int start, int end, double similarity, TextAnchor anchor,
            @Nullable QuoteSentence sentence) {
        var placed = anchorAt(start, end);
        // Only case or white space differ, or real edits: either way the words are not the quote.
        var flag = !placed.exact().equals(anchor.exact()) ? Reanchoring.Flag.INEXACT
                : sentence != null && !sentence.holdsAt(start, end, contextScore(anchor, start, end)) ? Reanchoring.Flag.AMBIGUOUS
                : Reanchoring.Flag.NONE;
        var outcome = start == anchor.start() && end == anchor.end() && flag == Reanchoring.Flag.NONE
                ? Reanchoring.Outcome.ANCHORED : Reanchoring.Outcome.MOVED;
        return new Reanchoring(outcome, placed, flag, similarity);
    }

    /**
     * The anchor with the context it really has in the old text, when the old text holds its quote at its
     * offsets: a place kept without context (an attribution's cue, an evidence excerpt) is then matched
     * by its surroundings like a claim, and a claim's stored context cannot be staler than its text.
     */
    TextAnchor withOldContext(TextAnchor anchor) {
        if (anchor.end() > oldText.length() || !oldText.slice(anchor.start(), anchor.end()).equals(anchor.exact())) {
            return anchor;
        }
        return new TextAnchor(anchor.start(), anchor.end(), anchor.exact(),
                oldText.slice(Math.max(0, anchor.start() - TextAnchor.CONTEXT), anchor.start()),
                oldText.slice(anchor.end(), Math.min(oldText.length(), anchor.end() + TextAnchor.CONTEXT)));
    }

    private TextAnchor anchorAt(int start, int end) {
        return new TextAnchor(start, end, newText.slice(start, end),
                newText.slice(Math.max(0, start - TextAnchor.CONTEXT), start),
                newText.slice(end, Math.min(newText.length(), end + TextAnchor.CONTEXT)));
    }

    /**
     * The rest of a short quote's sentence (or line) on each side, as the old text had it, up to
     * {@link #MAX_SENTENCE} code points; read from the anchor's stored context when the old text does not
     * hold the quote at its offsets.
     */
    private QuoteSentence sentenceAround(TextAnchor anchor) {
        boolean held = anchor.end() <= oldText.length()
                && oldText.slice(anchor.start(), anchor.end()).equals(anchor.exact());
        var before = held ? oldText.slice(Math.max(0, anchor.start() - MAX_SENTENCE), anchor.start()) : anchor.prefix();
        var after = held ? oldText.slice(anchor.end(), Math.min(oldText.length(), anchor.end() + MAX_SENTENCE))
                : anchor.suffix();
        return QuoteSentence.of(before, after, newText);
    }

    /**
     * Whether the words at a new place came unchanged from another place of the old text that already held
     * the same quote: a passage the article repeats, not the one that was marked. (For a short quote the
     * diff's pairing of one "said" with another means little; its sentence decides instead.)
     */
    private boolean anotherOldCopy(TextAnchor anchor, int start) {
        int from = map.unmap(start);
        return from >= 0 && from != anchor.start() && from + anchor.length() <= oldText.length()
                && oldText.slice(from, from + anchor.length()).equals(anchor.exact());
    }

    /**
     * Whether a place begins or ends inside a word where the anchor, in the old text, began or ended at a
     * word's edge (its context tells: a prefix ending in a space, or none).
     */
    private boolean cutsWord(TextAnchor anchor, int start, int end) {
        var exact = anchor.exact();
        int first = exact.codePointAt(0);
        int last = exact.codePointBefore(exact.length());
        boolean startWasEdge = anchor.prefix().isEmpty()
                || !joins(anchor.prefix().codePointBefore(anchor.prefix().length()), first);
        boolean endWasEdge = anchor.suffix().isEmpty() || !joins(last, anchor.suffix().codePointAt(0));
        boolean startIsEdge = start == 0 || !joins(newCodePoints[start - 1], newCodePoints[start]);
        boolean endIsEdge = end >= newCodePoints.length || !joins(newCodePoints[end - 1], newCodePoints[end]);
        return startWasEdge && !startIsEdge || endWasEdge && !endIsEdge;
    }

    private static boolean joins(int before, int after) {
        return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }

    /** How well the text around a candidate matches the anchor's prefix and suffix, 0 to 1. */
    private double contextScore(TextAnchor anchor, int start, int end) {
        var prefix = anchor.prefix();
        var suffix = anchor.suffix();
        int total = CodePointText.lengthOf(prefix) + CodePointText.lengthOf(suffix);
        if (total == 0) {
            return 1.0;
        }
        var newPrefix = newText.slice(Math.max(0, start - TextAnchor.CONTEXT), start);
        var newSuffix = newText.slice(end, Math.min(newText.length(), end + TextAnchor.CONTEXT));
        int matched = commonSuffix(prefix, newPrefix) + commonPrefix(suffix, newSuffix);
        return (double) matched / total;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
            if (!Character.isHighSurrogate(a.charAt(i - 1))) {
                n++;
            }
        }
        return n;
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        int i = a.length() - 1;
        int j = b.length() - 1;
        while (i >= 0 && j >= 0 && a.charAt(i) == b.charAt(j)) {
            if (!Character.isLowSurrogate(a.charAt(i))) {
                n++;
            }
            i--;
            j--;
        }
        return n;
    }

    /** Similarity of two folded sequences: 1 - edit distance / longer length. */
    static double similarity(int[] a, int[] b) {
        int longer = Math.max(a.length, b.length);
        if (longer == 0) {
            return 1.0;
        }
        int budget = (int) Math.floor(longer * (1 - MIN_SIMILARITY)) + 1;
        return 1.0 - (double) Math.min(longer, Sellers.editDistance(a, b, budget)) / longer;
    }

    /** Case and white space do not count when comparing inexactly; they still flag the claim. */
    static int[] fold(int[] codePoints) {
        var folded = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            folded[i] = Character.isWhitespace(c) || c == 0xA0 ? ' ' : Character.toLowerCase(c);
        }
        return folded;
    }
}
