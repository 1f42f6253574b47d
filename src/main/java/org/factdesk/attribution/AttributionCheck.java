package org.factdesk.attribution;

/**
 * Whether the attribution is right: a question of its own, separate from whether the claim is true.
 */
public enum AttributionCheck {
    UNVERIFIED("Unverified"),
    CONFIRMED("Confirmed"),
    WRONG_SPEAKER("Wrong speaker"),
    WRONG_ROLE("Wrong role or title"),
    DISTORTED("Distorted (the speaker said something different)"),
    UNATTRIBUTABLE("Unattributable");

    private final String label;

    AttributionCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every result but Unverified needs a note saying what was found. */
    public boolean needsNote() {
        return this != UNVERIFIED;
    }

    /** Results other than Unverified and Unattributable need evidence of what was really said and by whom. */
    public boolean needsEvidence() {
        return this != UNVERIFIED && this != UNATTRIBUTABLE;
    }

    /** A result that says the article got the attribution wrong. */
    public boolean isProblem() {
        return this == WRONG_SPEAKER || this == WRONG_ROLE || this == DISTORTED || this == UNATTRIBUTABLE;
    }
}
