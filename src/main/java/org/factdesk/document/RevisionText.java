package org.factdesk.document;

import org.factdesk.anchoring.CodePointText;

/** The canonical text of one revision of a document, addressable by code points. */
public record RevisionText(long documentId, int revision, CodePointText text) {

    public String string() {
        return text.text();
    }
}
