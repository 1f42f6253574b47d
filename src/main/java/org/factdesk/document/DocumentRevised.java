package org.factdesk.document;

/** Published when a document's text got a new revision and everything anchored in it moved along. */
public record DocumentRevised(long documentId, int revision, String actor) {
}
