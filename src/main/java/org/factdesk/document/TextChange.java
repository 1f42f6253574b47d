package org.factdesk.document;

/** A document's text was replaced: the old and the new revision. */
public record TextChange(long documentId, RevisionText before, RevisionText after) {
}
