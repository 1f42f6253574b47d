package org.factdesk.document;

import java.util.List;

/**
 * A document's text was replaced by a new revision, by whom, and what each feature with places in the
 * text reported about them.
 */
public record TextReplaced(long documentId, int revision, String actor, List<Object> reports) {

    public TextReplaced {
        reports = List.copyOf(reports);
    }

    /** Every report of the given kind the features made (spans: one from attributions, one from evidence). */
    public <R> List<R> reports(Class<R> type) {
        return reports.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The report of the given kind one of the features made. */
    public <R> R report(Class<R> type) {
        return reports.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + type.getSimpleName() + " for this replacement"));
    }
}
