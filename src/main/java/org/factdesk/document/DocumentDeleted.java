package org.factdesk.document;

/**
 * A document is being deleted, with its revisions and its claims: published in the deleting
 * transaction before the rows go, so that a listener there still reads them.
 */
public record DocumentDeleted(long documentId) {
}
