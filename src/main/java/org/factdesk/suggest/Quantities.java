package org.factdesk.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checkable signals in a sentence: quantities with what they count ("more than 80,000 troops",
 * "$2.6bn", "45 percent"), dates ("April 13", "in 2014"), and comparisons and superlatives ("more
 * than at any time since 2014", "the largest").
 */
public final class Quantities {

    /** What kind of signal. */
    public enum Kind { QUANTITY, DATE, COMPARISON }

    public record Found(Span span, Kind kind) {
    }

    private static final String HEDGE = "(?:(?:more|fewer|less) than|at least|at most|up to|nearly|almost|about|around|"
            + "roughly|approximately|some|over|under|only|just|as many as|as much as|close to)\\s+";
    private static final String NUMBER = "(?:[$£€¥]\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?(?:%|(?:percent|per cent|bn|m|k|tn)\\b))?"
            + "(?:\\s(?:million|billion|trillion|thousand|hundred))?"
            + "|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
            + "sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|millions|billions|dozens|a dozen|half(?= of)|"
            + "a third(?= of)|a quarter(?= of)|two-thirds|three-quarters)(?:\\s(?:million|billion|trillion|thousand|hundred))?(?:\\s(?:percent|per cent))?";
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\b(?:" + HEDGE + ")?(?:" + NUMBER + ")"
            + "(?:\\s(?:of\\s)?(?:the\\s)?(?!(?:and|or|in|on|at|to|the|was|were|is|are|for|from|by|with|as|than|that|"
            + "since|after|before|into|over|under|during|while|which|who|but|if|so|a|an|this|these|those|it|he|she|they|"
            + "we|his|her|their|its|had|has|have|will|would|could|said|says|last|next|each|every)\\b)[\\p{L}-]+){0,2}");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|"
            + "December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + "\\s\\d{1,2}(?:,?\\s\\d{4})?|\\d{1,2}\\s" + MONTH
            + "(?:\\s\\d{4})?|(?:in|since|by|until|from|before|after)\\s(?:(?:early|late|mid-)\\s?)?(?:1[89]|20)\\d\\d"
            + "|(?:on\\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|next|this)\\s(?:week|month|year)"
            + "|(?:1[89]|20)\\d\\d)\\b");
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(?:(?:more|less|fewer|greater|higher|lower|larger|"
            + "smaller|bigger|worse|better|faster|slower)\\s+than(?:\\s+(?:at\\s+any\\s+time|ever|before|any\\s+other)"
            + "(?:\\s+since\\s+\\S+)?)?|the\\s+(?:most|least|largest|biggest|highest|lowest|smallest|worst|best|first|"
            + "fastest|slowest|deadliest|longest|shortest|greatest)(?:\\s+[\\p{L}-]+)?|(?:a\\s)?record(?:\\s+high|\\s+low)?|"
            + "(?:doubled|tripled|halved|quadrupled)|(?:for\\s+the\\s+first\\s+time)|(?:since\\s+(?:1[89]|20)\\d\\d))\\b");

    private Quantities() {
    }

    /** The signals in {@code text} between {@code start} and {@code end}, in order; dates are not counted twice as quantities. */
    public static List<Found> find(String text, int start, int end) {
        var found = new ArrayList<Found>();
        var region = text.substring(start, end);
        var dates = new ArrayList<Span>();
        var m = DATE.matcher(region);
        while (m.find()) {
            var span = new Span(start + m.start(), start + m.end());
            dates.add(span);
            found.add(new Found(span, Kind.DATE));
        }
        m = QUANTITY.matcher(region);
        while (m.find()) {
            var span = new Span(start + m.start(), start + m.end());
            if (dates.stream().noneMatch(d -> d.overlaps(span))) {
                found.add(new Found(trim(text, span), Kind.QUANTITY));
            }
        }
        m = COMPARISON.matcher(region);
        while (m.find()) {
            var span = new Span(start + m.start(), start + m.end());
            if (found.stream().noneMatch(f -> f.span().start() <= span.start() && span.end() <= f.span().end())) {
                found.add(new Found(span, Kind.COMPARISON));
            }
        }
        found.sort(java.util.Comparator.comparingInt((Found f) -> f.span().start()));
        return found;
    }

    /**
     * The signals of a whole text, for taking those of many parts of it: {@link #in} gives the ones
     * in one part, as {@link #find} on that part would, without matching the text again for each.
     */
    public static List<Found> all(String text) {
        return find(text, 0, text.length());
    }

    /**
     * Of {@code all} (sorted, from {@link #all}), those that start in [start, end); one that runs on
     * past the end is cut there, as matching the part alone would cut it.
     */
    public static List<Found> in(String text, List<Found> all, int start, int end) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).span().start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        var result = new ArrayList<Found>();
        for (int k = lo; k < all.size() && all.get(k).span().start() < end; k++) {
            var f = all.get(k);
            if (f.span().end() <= end) {
                result.add(f);
            } else {
                var cut = trim(text, new Span(f.span().start(), end));
                if (cut.end() > cut.start()) {
                    result.add(new Found(cut, f.kind()));
                }
            }
        }
        return result;
    }

    private static Span trim(String text, Span span) {
        int e = span.end();
        while (e > span.start() && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '%') {
            e--;
        }
        return new Span(span.start(), e);
    }
}
