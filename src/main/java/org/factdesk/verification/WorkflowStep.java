package org.factdesk.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A workflow step a person may take from a claim's status, as every door offers it: where it goes,
 * what it is called, whether it needs a note saying why, and, when the step is the person's to take
 * but a rule holds it back, the reason ({@code refusal}), said before the click. The rules are the
 * ones {@link ReviewService#transition} enforces; a door only renders them.
 *
 * @param to        the status the step moves the claim to
 * @param kind      which step it is
 * @param label     the step as a button says it
 * @param needsNote whether the step is refused without a note saying why
 * @param refusal   why the step is held back (null: it may be taken)
 */
public record WorkflowStep(ClaimStatus to, Kind kind, String label, boolean needsNote, @Nullable String refusal) {

    /** The workflow's steps. */
    public enum Kind {
        START_RESEARCH, SEND_TO_REVIEW, APPROVE, REJECT, REOPEN, DISMISS
    }

    static final String TWO_PEOPLE = "You set this verdict, so another editor must approve it: two people agree"
            + " before a claim is published.";

    public boolean allowed() {
        return refusal == null;
    }

    /**
     * The steps open to a person of this role from this status, given who wrote the verdict. Steps
     * only an editor takes are not offered to a reviewer; a viewer takes none.
     */
    static List<WorkflowStep> from(ClaimStatus status, Role role, String who, Set<String> verdictAuthors) {
        var steps = new ArrayList<WorkflowStep>();
        if (!role.includes(Role.REVIEWER)) {
            return steps;
        }
        boolean editor = role.includes(Role.EDITOR);
        for (var next : status.allowedNext()) {
            switch (next) {
                case IN_RESEARCH -> {
                    if (status == ClaimStatus.UNCHECKED) {
                        steps.add(new WorkflowStep(next, Kind.START_RESEARCH, "Start research", false, null));
                    } else if (editor && status == ClaimStatus.IN_REVIEW) {
                        steps.add(new WorkflowStep(next, Kind.REJECT, "Reject", true, null));
                    } else if (editor && status == ClaimStatus.PUBLISHED) {
                        steps.add(new WorkflowStep(next, Kind.REOPEN, "Reopen", true, null));
                    }
                }
                case IN_REVIEW -> steps.add(new WorkflowStep(next, Kind.SEND_TO_REVIEW, "Send to review", false, null));
                case PUBLISHED -> {
                    if (editor) {
                        steps.add(new WorkflowStep(next, Kind.APPROVE, "Approve and publish", false,
                                verdictAuthors.contains(who) ? TWO_PEOPLE : null));
                    }
                }
                case DISMISSED -> steps.add(new WorkflowStep(next, Kind.DISMISS, "Dismiss (not worth checking)", false, null));
                case UNCHECKED -> {
                    // No step leads back to Unchecked.
                }
            }
        }
        return steps;
    }
}
