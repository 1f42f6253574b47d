package org.factdesk.attribution;

import org.factdesk.anchoring.SpanCheck;

/**
 * Why a person should look at an attribution's source or cue words since the document's text was
 * replaced, and which words: where they are now, or, when they were not found, the words to mark again.
 */
public record SpanNotice(SpanCheck check, String words) {

    /** One sentence for the claim panel: "The cue “said” was not found in the new text and was cleared." */
    public String sentence(String part) {
        return "The " + part + " \u201C" + words + "\u201D " + check.sentence()
                + (check == SpanCheck.NOT_FOUND ? ": mark it again." : ": check it, or mark the right words.");
    }
}
