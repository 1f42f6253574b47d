package org.factdesk.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the attributions found in a text overlap: a clause of its own cuts the content of the cue
 * before it, of two cues that hold each other the later stays, and a cue inside another's content
 * is part of what was said.
 */
final class Overlaps {

    private Overlaps() {
    }

    static List<FoundAttribution> resolve(List<FoundAttribution> found) {
        return withoutNested(mutual(ownClauses(found)));
    }

    /**
     * Two cues of one sentence that each lie in the other's content cannot both be right. The later
     * one is kept: a reporting clause that closes a sentence ("…, the spokesman said") frames all
     * that comes before it, the earlier cue included.
     */
    static List<FoundAttribution> mutual(List<FoundAttribution> found) {
        var dropped = new java.util.HashSet<Integer>();
        for (var group : bySentence(found)) {
            for (int ai : group) {
                var a = found.get(ai);
                for (int bi : group) {
                    var b = found.get(bi);
                    if (ai != bi && a.cue().start() < b.cue().start() && contains(a.content(), b.cue()) && contains(b.content(), a.cue())) {
                        dropped.add(ai);
                    }
                }
            }
        }
        if (dropped.isEmpty()) {
            return found;
        }
        var kept = new ArrayList<FoundAttribution>(found.size() - dropped.size());
        for (int k = 0; k < found.size(); k++) {
            if (!dropped.contains(k)) {
                kept.add(found.get(k));
            }
        }
        return kept;
    }

    /** The positions in {@code found} of each sentence's attributions. */
    private static java.util.Collection<List<Integer>> bySentence(List<FoundAttribution> found) {
        var groups = new java.util.HashMap<Integer, List<Integer>>();
        for (int k = 0; k < found.size(); k++) {
            groups.computeIfAbsent(found.get(k).sentence(), s -> new ArrayList<>()).add(k);
        }
        return groups.values();
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }

    /**
     * An attribution in a clause of its own ("…, but insisted that …", "…, the spokesman added", "…, even
     * hinting …") is not part of the content of the cue before it in the same sentence: that
     * content ends where the clause begins. Quoted content is never cut.
     */
    static List<FoundAttribution> ownClauses(List<FoundAttribution> found) {
        var result = new ArrayList<>(found);
        for (var indices : bySentence(found)) {
            for (int ai : indices) {
                var a = result.get(ai);
                if (a.clause() < 0) {
                    continue;
                }
                for (int bi : indices) {
                    var b = result.get(bi);
                    if (bi == ai || b.quoted() || b.continuation() != null || b.content().start() >= a.clause()
                            || b.content().end() < a.cue().end() || b.content().start() > a.cue().start()) {
                        continue;
                    }
                    result.set(bi, new FoundAttribution(b.cue(), b.source(), new Span(b.content().start(), a.clause()), false,
                            b.confidence(), b.sentence(), null, b.clause()));
                }
            }
        }
        return result;
    }

    /**
     * A cue inside another attribution's content is part of what was said, unless it is a plain "said"
     * (both at confidence 0.9 or more). One sweep over the attributions in order of content start,
     * keeping per confidence level the two furthest content ends seen so far, so a text with
     * thousands of attributions costs n log n, not n².
     */
    static List<FoundAttribution> withoutNested(List<FoundAttribution> found) {
        var levels = found.stream().mapToDouble(FoundAttribution::confidence).distinct().sorted().toArray();
        var byContentStart = new ArrayList<>(found);
        byContentStart.sort(java.util.Comparator.comparingInt(f -> f.content().start()));
        var byCueStart = new ArrayList<>(found);
        byCueStart.sort(java.util.Comparator.comparingInt(f -> f.cue().start()));
        // Per level: the furthest content end and which attribution has it, and the second furthest.
        var first = new int[levels.length];
        var firstOf = new FoundAttribution[levels.length];
        var second = new int[levels.length];
        java.util.Arrays.fill(first, -1);
        java.util.Arrays.fill(second, -1);
        var nested = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<FoundAttribution, Boolean>());
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
        var kept = new ArrayList<FoundAttribution>(found.size());
        for (var a : found) {
            if (!nested.contains(a)) {
                kept.add(a);
            }
        }
        return kept;
    }
}
