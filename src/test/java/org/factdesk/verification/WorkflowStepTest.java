package org.factdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.security.Role;
import org.junit.jupiter.api.Test;

/** The steps offered are the workflow's, cut by role and the two-person rule: every door renders these. */
class WorkflowStepTest {

    private static String said(ClaimStatus status, Role role, String who, Set<String> authors) {
        return String.join(", ", WorkflowStep.from(status, role, who, authors).stream()
                .map(s -> s.kind() + (s.needsNote() ? " (note)" : "") + (s.allowed() ? "" : " (held back)")).toList());
    }

    @Test
    void a_viewer_takes_no_step() {
        for (var status : ClaimStatus.values()) {
            assertThat(WorkflowStep.from(status, Role.VIEWER, "v", Set.of())).isEmpty();
        }
    }

    @Test
    void a_reviewer_researches_sends_to_review_and_dismisses_but_never_approves_rejects_or_reopens() {
        assertThat(said(ClaimStatus.UNCHECKED, Role.REVIEWER, "r", Set.of())).isEqualTo("START_RESEARCH, DISMISS");
        assertThat(said(ClaimStatus.IN_RESEARCH, Role.REVIEWER, "r", Set.of())).isEqualTo("SEND_TO_REVIEW, DISMISS");
        assertThat(said(ClaimStatus.IN_REVIEW, Role.REVIEWER, "r", Set.of())).isEmpty();
        assertThat(said(ClaimStatus.PUBLISHED, Role.REVIEWER, "r", Set.of())).isEmpty();
    }

    @Test
    void an_editor_approves_unless_they_wrote_the_verdict_and_rejects_or_reopens_with_a_note() {
        assertThat(said(ClaimStatus.IN_REVIEW, Role.EDITOR, "ed", Set.of("other"))).isEqualTo("REJECT (note), APPROVE");
        assertThat(said(ClaimStatus.IN_REVIEW, Role.EDITOR, "ed", Set.of("ed"))).isEqualTo("REJECT (note), APPROVE (held back)");
        assertThat(WorkflowStep.from(ClaimStatus.IN_REVIEW, Role.ADMIN, "ed", Set.of("ed")).getLast().refusal())
                .contains("another editor must approve it");
        assertThat(said(ClaimStatus.PUBLISHED, Role.EDITOR, "ed", Set.of("ed"))).isEqualTo("REOPEN (note)");
        assertThat(said(ClaimStatus.DISMISSED, Role.ADMIN, "a", Set.of())).isEmpty();
    }

    @Test
    void every_step_offered_is_one_the_status_allows() {
        for (var status : ClaimStatus.values()) {
            for (var role : Role.values()) {
                assertThat(WorkflowStep.from(status, role, "x", Set.of("x")))
                        .allSatisfy(step -> assertThat(status.canMoveTo(step.to())).isTrue());
            }
        }
    }
}
