package org.factdesk.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.factdesk.anchoring.Reanchoring;
import org.factdesk.anchoring.SpanCheck;
import org.jspecify.annotations.Nullable;

/**
 * What re-anchoring did to the spans a feature keeps in a document's text besides claims (an
 * attribution's source and cue, evidence excerpts) when the text was replaced.
 */
public record SpansReport(List<Entry> spans) {

    /** The kinds of span, as the summary names them. */
    public enum Part {
        SOURCE("source", "sources"), CUE("cue", "cues"), EXCERPT("evidence excerpt", "evidence excerpts");

        public final String singular;
        public final String plural;

        Part(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }
    }

    /**
     * One span's outcome: where it is now ({@code start}/{@code end} null when it was not found and cleared),
     * its words, and why a person should look, if they should.
     *
     * @param claimId the claim the span belongs to
     * @param evidenceId the evidence row, for an excerpt
     */
    public record Entry(long claimId, @Nullable Long evidenceId, Part part, Reanchoring.Outcome outcome,
            @Nullable SpanCheck check, @Nullable Integer start, @Nullable Integer end, String exact) {
    }

    public SpansReport {
        spans = List.copyOf(spans);
    }

    /**
     * Every part's count, in words that add up: "2 cues: 1 stayed, 1 moved; 1 source needs a check;
     * 1 evidence excerpt not found, cleared". Empty when no such spans were kept.
     */
    public static String summary(Collection<SpansReport> reports) {
        var sentences = new ArrayList<String>();
        for (var part : Part.values()) {
            var entries = reports.stream().flatMap(r -> r.spans().stream()).filter(e -> e.part() == part).toList();
            if (entries.isEmpty()) {
                continue;
            }
            long stayed = entries.stream().filter(e -> e.check() == null && e.outcome() == Reanchoring.Outcome.ANCHORED).count();
            long moved = entries.stream().filter(e -> e.check() == null && e.outcome() != Reanchoring.Outcome.ANCHORED).count();
            long check = entries.stream().filter(e -> e.check() != null && e.check() != SpanCheck.NOT_FOUND).count();
            long lost = entries.stream().filter(e -> e.check() == SpanCheck.NOT_FOUND).count();
            var counts = new ArrayList<String>();
            if (stayed > 0) {
                counts.add(stayed + " stayed");
            }
            if (moved > 0) {
                counts.add(moved + " moved");
            }
            if (check > 0) {
                counts.add(check + (check == 1 ? " needs" : " need") + " a check");
            }
            if (lost > 0) {
                counts.add(lost + " not found (cleared)");
            }
            sentences.add(entries.size() + " " + (entries.size() == 1 ? part.singular : part.plural) + ": "
                    + String.join(", ", counts));
        }
        return String.join("; ", sentences);
    }
}
