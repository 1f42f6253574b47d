package org.factdesk.document;

/** A document was deleted, with its revisions and its claims. */
public record DocumentDeleted(long documentId) {
}
