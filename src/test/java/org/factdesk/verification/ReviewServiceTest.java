package org.factdesk.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.factdesk.IntegrationTest;
import org.factdesk.audit.AuditTrail;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.NewClaim;
import org.factdesk.document.DocumentMetadata;
import org.factdesk.document.DocumentService;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.evidence.NewEvidence;
import org.factdesk.evidence.SourceDraft;
import org.factdesk.evidence.SourceKind;
import org.factdesk.evidence.SourceService;
import org.factdesk.evidence.Stance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ReviewServiceTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    ClaimService claims;
    @Autowired
    DocumentService documents;
    @Autowired
    SourceService sources;
    @Autowired
    EvidenceService evidence;
    @Autowired
    AuditTrail audit;
    @Autowired
    VerdictScaleService scale;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contexts;

    private <T> T as(String username, Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.clearContext();
        }
    }

    private long researchedClaim(String who) {
        return as(who, () -> {
            var doc = documents.create(DocumentMetadata.titled("Workflow"), "The mayor said crime fell by 20 percent.").id();
            var claim = claims.create(doc, NewClaim.at(15, 40)).id();
            reviews.transition(claim, null, ClaimStatus.IN_RESEARCH, null);
            return claim;
        });
    }

    private void addEvidence(long claim) {
        as("reviewer", () -> {
            var source = sources.create(SourceDraft.web("https://example.org/crime-" + claim, "Crime statistics",
                    SourceKind.DATASET));
            return evidence.add(claim, NewEvidence.of(source.id(), Stance.REFUTES, "Crime fell by 4 percent"));
        });
    }

    @Test
    void review_needs_a_verdict_a_rationale_and_evidence() {
        long claim = researchedClaim("reviewer");
        assertThatThrownBy(() -> as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("verdict");
        as("reviewer", () -> reviews.setVerdict(claim, null, "FALSE", null, null));
        assertThatThrownBy(() -> as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("rationale");
        as("reviewer", () -> reviews.setVerdict(claim, null, "FALSE", "Police data show 4 percent.", null));
        assertThatThrownBy(() -> as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("evidence");
        addEvidence(claim);

        var reviewed = as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null));
        assertThat(reviewed.status()).isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void unproven_may_go_to_review_without_evidence_with_a_note_on_why() {
        long claim = researchedClaim("reviewer");
        as("reviewer", () -> reviews.setVerdict(claim, null, "UNPROVEN", "No records are public.", null));
        assertThatThrownBy(() -> as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("why no evidence exists");
        as("reviewer", () -> reviews.setVerdict(claim, null, "UNPROVEN", "No records are public.",
                "The city has not published 2021 figures."));
        assertThat(as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null)).status())
                .isEqualTo(ClaimStatus.IN_REVIEW);
    }

    @Test
    void the_person_who_set_the_verdict_cannot_publish_it_and_only_editors_publish() {
        long claim = researchedClaim("editor");
        as("editor", () -> reviews.setVerdict(claim, null, "FALSE", "Police data show 4 percent.", null));
        addEvidence(claim);
        as("editor", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null));

        assertThatThrownBy(() -> as("editor", () -> reviews.transition(claim, null, ClaimStatus.PUBLISHED, null)))
                .isInstanceOf(TwoPersonRuleException.class).hasMessageContaining("editor set this verdict");
        assertThatThrownBy(() -> as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.PUBLISHED, null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Only an editor");

        var published = as("editor2", () -> reviews.transition(claim, null, ClaimStatus.PUBLISHED, null));
        assertThat(published.status()).isEqualTo(ClaimStatus.PUBLISHED);
        var review = as("viewer", () -> reviews.get(claim));
        assertThat(review.approvedBy()).isEqualTo("editor2");
        assertThat(review.verdictBy()).isEqualTo("editor");
    }

    @Test
    void rejecting_and_reopening_need_an_editor_and_a_note_and_keep_the_history() {
        long claim = researchedClaim("reviewer");
        as("reviewer", () -> reviews.setVerdict(claim, null, "FALSE", "Police data show 4 percent.", null));
        addEvidence(claim);
        as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null));
        assertThatThrownBy(() -> as("reviewer", () -> reviews.setVerdict(claim, null, "TRUE", "x", null)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> as("editor", () -> reviews.transition(claim, null, ClaimStatus.IN_RESEARCH, " ")))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("note");
        long entriesBefore = as("viewer", () -> audit.history(claim)).size();

        as("editor", () -> reviews.transition(claim, null, ClaimStatus.IN_RESEARCH, "Check the 2020 baseline"));
        as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null));
        as("editor", () -> reviews.transition(claim, null, ClaimStatus.PUBLISHED, null));
        as("editor2", () -> reviews.transition(claim, null, ClaimStatus.IN_RESEARCH, "New figures came out"));

        var history = as("viewer", () -> audit.history(claim));
        assertThat(history.size()).isGreaterThan((int) entriesBefore);
        assertThat(history).extracting("action").contains("rejected", "approved", "status");
        assertThat(history.getLast().newValue()).isEqualTo("IN_RESEARCH: New figures came out");
        assertThat(as("viewer", () -> claims.get(claim)).status()).isEqualTo(ClaimStatus.IN_RESEARCH);
    }

    @Test
    void a_refused_step_leaves_no_audit_entry() {
        long claim = researchedClaim("reviewer");
        int before = as("viewer", () -> audit.history(claim)).size();
        assertThatThrownBy(() -> as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.PUBLISHED, null)))
                .isInstanceOf(ClaimStatus.IllegalTransitionException.class);
        assertThatThrownBy(() -> as("reviewer", () -> reviews.transition(claim, null, ClaimStatus.IN_REVIEW, null)))
                .isInstanceOf(WorkflowException.class);
        assertThat(as("viewer", () -> audit.history(claim))).hasSize(before);
    }

    @Test
    void a_verdict_in_use_cannot_be_deleted_but_an_unused_one_can() {
        long claim = researchedClaim("reviewer");
        as("admin", () -> scale.create("SATIRE", "Satire", "#795548", null, null));
        as("reviewer", () -> reviews.setVerdict(claim, null, "SATIRE", "It is a parody site.", null));
        assertThatThrownBy(() -> as("admin", () -> {
            scale.delete("SATIRE");
            return null;
        })).hasMessageContaining("used by 1 claim");
        as("reviewer", () -> reviews.setVerdict(claim, null, "FALSE", "Not satire after all.", null));
        as("admin", () -> {
            scale.delete("SATIRE");
            return null;
        });
        assertThat(as("viewer", () -> scale.find("SATIRE"))).isEmpty();
        assertThatThrownBy(() -> as("editor", () -> scale.create("X", "X", "#000000", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
