package org.factdesk.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.base.Inputs;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.StaleVersionException;
import org.factdesk.claim.ClaimChanged;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verification workflow. Rules: In review needs a verdict, a rationale and evidence (or, for
 * Unproven, a note on why no evidence exists); publishing is an EDITOR's approval, never by the
 * person who set the verdict; rejecting and reopening are an EDITOR's, with a note.
 */
@Service
@PreAuthorize("hasRole('VIEWER')")
public class ReviewService {

    private final ReviewRepository reviews;
    private final VerdictScaleService scale;
    private final ClaimService claims;
    private final EvidenceService evidence;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ReviewService(ReviewRepository reviews, VerdictScaleService scale, ClaimService claims, EvidenceService evidence,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.scale = scale;
        this.claims = claims;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ReviewView get(long claimId) {
        return reviews.findById(claimId).map(r -> view(r, scale.byCode())).orElse(ReviewView.empty(claimId));
    }

    @Transactional(readOnly = true)
    public Map<Long, ReviewView> forClaims(Collection<Long> claimIds) {
        var result = new HashMap<Long, ReviewView>();
        if (claimIds.isEmpty()) {
            return result;
        }
        var codes = scale.byCode();
        reviews.findByClaimIdIn(claimIds).forEach(r -> result.put(r.claimId(), view(r, codes)));
        return result;
    }

    /** Sets the verdict, its rationale and (for Unproven) why no evidence exists, while the claim is being researched. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewView setVerdict(long claimId, @Nullable Long expectedVersion, @Nullable String verdictCode,
            @Nullable String rationale, @Nullable String noEvidenceNote) {
        var claim = claims.get(claimId);
        if (claim.status() != ClaimStatus.UNCHECKED && claim.status() != ClaimStatus.IN_RESEARCH) {
            throw new WorkflowException("verdict", "The verdict of a claim that is " + claim.status().label().toLowerCase()
                    + " cannot change; " + (claim.status() == ClaimStatus.IN_REVIEW ? "an editor rejects it back to research first"
                    : claim.status() == ClaimStatus.PUBLISHED ? "an editor reopens it first" : "it was dismissed"));
        }
        String code = verdictCode == null || verdictCode.isBlank() ? null : verdictCode.strip().toUpperCase();
        if (code != null && scale.find(code).isEmpty()) {
            throw new InvalidInputException("verdict", "'" + code + "' is not on the verdict scale; use one of "
                    + scale.scale().stream().map(VerdictView::code).toList());
        }
        var review = reviews.findById(claimId).orElseGet(() -> new Review(claimId));
        if (expectedVersion != null && reviews.existsById(claimId) && expectedVersion != review.version()) {
            throw new StaleVersionException("review of claim", claimId, expectedVersion, review.version());
        }
        var r = Inputs.text(rationale, Review.RATIONALE_MAX_LENGTH, "rationale");
        var n = Inputs.text(noEvidenceNote, Review.NOTE_MAX_LENGTH, "noEvidenceNote");
        var who = currentUser.usernameOrSystem();
        if (!Objects.equals(code, review.verdict())) {
            record(claim, "verdict", "verdict", review.verdict(), code);
        }
        if (!Objects.equals(r, review.rationale())) {
            record(claim, "verdict", "rationale", review.rationale(), r);
        }
        if (!Objects.equals(n, review.noEvidenceNote())) {
            record(claim, "verdict", "noEvidenceNote", review.noEvidenceNote(), n);
        }
        review.setVerdict(code, r, n, who);
        return view(reviews.saveAndFlush(review), scale.byCode());
    }

    /** Assigns a claim to a reviewer, or nobody. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewView assign(long claimId, @Nullable String username) {
        var claim = claims.get(claimId);
        var review = reviews.findById(claimId).orElseGet(() -> new Review(claimId));
        var assignee = username == null || username.isBlank() ? null : username.strip();
        if (!Objects.equals(assignee, review.assignee())) {
            record(claim, "assigned", "assignee", review.assignee(), assignee);
            review.setAssignee(assignee);
        }
        return view(reviews.saveAndFlush(review), scale.byCode());
    }

    /**
     * Takes a workflow step. An illegal step fails naming the allowed ones; a legal step whose
     * conditions are not met fails saying which.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView transition(long claimId, @Nullable Long expectedVersion, ClaimStatus to, @Nullable String note) {
        var claim = claims.get(claimId);
        var from = claim.status();
        from.transition(to);
        var review = reviews.findById(claimId).orElseGet(() -> new Review(claimId));
        var user = currentUser.require();
        var who = user.getUsername();
        var cleanNote = Inputs.text(note, Review.NOTE_MAX_LENGTH, "note");
        switch (to) {
            case IN_REVIEW -> requireReadyForReview(claimId, review);
            case PUBLISHED -> {
                requireEditor(user.role(), "publish");
                if (who.equals(review.verdictBy())) {
                    throw new TwoPersonRuleException(who);
                }
                review.approved(who);
                record(claim, "approved", "approval", null, who + (cleanNote == null ? "" : ": " + cleanNote));
            }
            case IN_RESEARCH -> {
                if (from == ClaimStatus.IN_REVIEW || from == ClaimStatus.PUBLISHED) {
                    requireEditor(user.role(), from == ClaimStatus.IN_REVIEW ? "reject" : "reopen");
                    if (cleanNote == null) {
                        throw new WorkflowException("note", (from == ClaimStatus.IN_REVIEW ? "Rejecting" : "Reopening")
                                + " a claim needs a note saying why");
                    }
                    if (from == ClaimStatus.IN_REVIEW) {
                        record(claim, "rejected", "approval", null, who + ": " + cleanNote);
                    }
                    review.clearApproval();
                }
            }
            default -> {
                // Unchecked to In research, and dismissals, need nothing more.
            }
        }
        reviews.saveAndFlush(review);
        return claims.moveStatus(claimId, expectedVersion, to, cleanNote);
    }

    private void requireReadyForReview(long claimId, Review review) {
        if (review.verdict() == null) {
            throw new WorkflowException("verdict", "Set a verdict before sending the claim to review");
        }
        if (review.rationale() == null) {
            throw new WorkflowException("rationale", "Write the rationale for the verdict before sending it to review");
        }
        if (evidence.count(claimId) == 0) {
            boolean unproven = VerdictView.UNPROVEN.equals(review.verdict());
            if (!unproven) {
                throw new WorkflowException("evidence", "Link at least one piece of evidence before sending the claim "
                        + "to review (only an Unproven verdict may go without, with a note on why no evidence exists)");
            }
            if (review.noEvidenceNote() == null) {
                throw new WorkflowException("noEvidenceNote", "An Unproven verdict without evidence needs a note on "
                        + "why no evidence exists");
            }
        }
    }

    private static void requireEditor(Role role, String action) {
        if (!role.includes(Role.EDITOR)) {
            throw new AccessDeniedException("Only an editor can " + action + " a claim");
        }
    }

    /** Restores a review from an export of another Factdesk, as it was there. Imports only. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ReviewView restore(long claimId, @Nullable String verdict, @Nullable String rationale,
            @Nullable String noEvidenceNote, @Nullable String verdictBy, @Nullable Instant verdictAt,
            @Nullable String approvedBy, @Nullable Instant approvedAt, @Nullable String assignee) {
        var claim = claims.get(claimId);
        if (verdict != null && scale.find(verdict).isEmpty()) {
            throw new InvalidInputException("verdict", "The verdict " + verdict + " is not on this Factdesk's scale");
        }
        var review = reviews.findById(claimId).orElseGet(() -> new Review(claimId));
        review.restore(verdict, Inputs.text(rationale, Review.RATIONALE_MAX_LENGTH, "rationale"),
                Inputs.text(noEvidenceNote, Review.NOTE_MAX_LENGTH, "noEvidenceNote"), verdictBy, verdictAt, approvedBy,
                approvedAt, assignee);
        record(claim, "imported", "review", null, (verdict == null ? "no verdict" : verdict)
                + (verdictBy == null ? "" : " by " + verdictBy) + (approvedBy == null ? "" : ", approved by " + approvedBy));
        return view(reviews.saveAndFlush(review), scale.byCode());
    }

    /** Claims assigned to a user. */
    @Transactional(readOnly = true)
    public List<Long> assignedTo(String username) {
        return reviews.claimIdsAssignedTo(username);
    }

    @Transactional(readOnly = true)
    public List<Long> withVerdict(Collection<String> verdicts) {
        return verdicts.isEmpty() ? List.of() : reviews.claimIdsWithVerdict(verdicts);
    }

    /** How many claims carry each verdict. */
    @Transactional(readOnly = true)
    public Map<String, Long> verdictCounts() {
        var counts = new HashMap<String, Long>();
        for (var row : reviews.countByVerdict()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private void record(ClaimView claim, String action, String field, @Nullable String oldValue,
            @Nullable String newValue) {
        events.publishEvent(new ClaimChanged(claim.id(), claim.documentId(), action, field, oldValue, newValue,
                currentUser.usernameOrSystem(), Instant.now()));
    }

    private static ReviewView view(Review r, Map<String, VerdictView> codes) {
        return new ReviewView(r.claimId(), r.verdict() == null ? null : codes.get(r.verdict()), r.rationale(),
                r.noEvidenceNote(), r.verdictBy(), r.verdictAt(), r.approvedBy(), r.approvedAt(), r.assignee(),
                r.version());
    }
}
