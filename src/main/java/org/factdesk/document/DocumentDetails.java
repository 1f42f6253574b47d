package org.factdesk.document;

/** A document with its current canonical text. */
public record DocumentDetails(DocumentSummary summary, String text) {

    public long id() {
        return summary.id();
    }

    public DocumentMetadata metadata() {
        return summary.metadata();
    }

    public int revision() {
        return summary.revision();
    }
}
