package org.factdesk.anchoring;

import org.jspecify.annotations.Nullable;

/**
 * Why a person should look at a span kept in a text (an attribution's source or cue, an evidence
 * excerpt) after the text was replaced; none when it followed its words.
 */
public enum SpanCheck {
    /** Placed on words that differ slightly from the ones marked. */
    INEXACT("is on words that differ slightly from the ones marked"),
    /** Placed where its words are, but they occur more than once or their sentence changed around them. */
    AMBIGUOUS("was found, but not with everything around it"),
    /** Not found again: the span was cleared; its words are kept to say what to mark again. */
    NOT_FOUND("was not found in the new text and was cleared");

    private final String sentence;

    SpanCheck(String sentence) {
        this.sentence = sentence;
    }

    /** What happened, to follow the span's name: "the cue “said” …". */
    public String sentence() {
        return sentence;
    }

    /** The check a re-anchoring outcome asks for, or null when the span followed its words. */
    public static @Nullable SpanCheck of(Reanchoring result) {
        if (result.outcome() == Reanchoring.Outcome.NEEDS_REVIEW || result.anchor() == null) {
            return NOT_FOUND;
        }
        return switch (result.flag()) {
            case NONE -> null;
            case INEXACT -> INEXACT;
            case AMBIGUOUS -> AMBIGUOUS;
        };
    }
}
