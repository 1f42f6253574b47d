package org.factdesk.claim;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim is in the verification workflow. The type knows its allowed steps:
 * Unchecked → In research → In review → Published; Dismissed from Unchecked or In research;
 * a review rejected goes back to In research, and a published claim can be reopened.
 */
public enum ClaimStatus {
    UNCHECKED("Unchecked"),
    IN_RESEARCH("In research"),
    IN_REVIEW("In review"),
    PUBLISHED("Published"),
    DISMISSED("Dismissed");

    private final String label;

    ClaimStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may move to. */
    public Set<ClaimStatus> allowedNext() {
        return switch (this) {
            case UNCHECKED -> EnumSet.of(IN_RESEARCH, DISMISSED);
            case IN_RESEARCH -> EnumSet.of(IN_REVIEW, DISMISSED);
            case IN_REVIEW -> EnumSet.of(PUBLISHED, IN_RESEARCH);
            case PUBLISHED -> EnumSet.of(IN_RESEARCH);
            case DISMISSED -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus next) {
        return allowedNext().contains(next);
    }

    /** The status after a step to {@code next}; an illegal step names the allowed ones. */
    public ClaimStatus transition(ClaimStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransitionException(this, next);
        }
        return next;
    }

    /** A step the workflow does not allow (API 409). */
    public static final class IllegalTransitionException extends RuntimeException {

        private final ClaimStatus from;
        private final ClaimStatus to;

        IllegalTransitionException(ClaimStatus from, ClaimStatus to) {
            super(message(from, to));
            this.from = from;
            this.to = to;
        }

        private static String message(ClaimStatus from, ClaimStatus to) {
            var allowed = from.allowedNext();
            return "A claim cannot go from " + from + " to " + to + "; from " + from + " it can go to "
                    + (allowed.isEmpty() ? "nothing (it is final)" : allowed.toString());
        }

        public ClaimStatus from() {
            return from;
        }

        public ClaimStatus to() {
            return to;
        }

        public Set<ClaimStatus> allowed() {
            return from.allowedNext();
        }
    }
}
