package org.factdesk.verification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.base.Inputs;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimEvent;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimWorkflow;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimView;
import org.factdesk.evidence.EvidenceService;
import org.factdesk.security.CurrentUser;
import org.factdesk.security.Role;
import org.factdesk.security.UserService;
import org.jspecify.annotations.Nullable;
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
public class ReviewService extends ClaimWorkflow {

    private final ReviewRepository reviews;
    private final VerdictScaleService scale;
    private final ClaimService claims;
    private final EvidenceService evidence;
    private final CurrentUser currentUser;
    private final UserService users;
    private final CorrectionRepository corrections;

    ReviewService(ReviewRepository reviews, VerdictScaleService scale, ClaimService claims, EvidenceService evidence,
            CurrentUser currentUser, UserService users, CorrectionRepository corrections) {
        super(claims);
        this.users = users;
        this.corrections = corrections;
        this.reviews = reviews;
        this.scale = scale;
        this.claims = claims;
        this.evidence = evidence;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public ReviewView get(long claimId) {
        return reviews.findById(claimId).map(this::view).orElse(ReviewView.empty(claimId));
    }

    @Transactional(readOnly = true)
    public Map<Long, ReviewView> forClaims(Collection<Long> claimIds) {
        var result = new HashMap<Long, ReviewView>();
        if (claimIds.isEmpty()) {
            return result;
        }
        var codes = scale.byCode();
        var corrected = correctionsOf(claimIds);
        reviews.findByClaimIdIn(claimIds).forEach(r -> result.put(r.claimId(),
                view(r, codes, corrected.getOrDefault(r.claimId(), List.of()))));
        return result;
    }

    /** Sets the verdict, its rationale and (for Unproven) why no evidence exists, while the claim is being researched. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewView setVerdict(long claimId, @Nullable Long expectedVersion, @Nullable String verdictCode,
            @Nullable String rationale, @Nullable String noEvidenceNote) {
        return edit(claimId, expectedVersion, ReviewEdit.verdict(verdictCode, rationale, noEvidenceNote));
    }

    /** Assigns a claim to an active reviewer, or nobody. */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewView assign(long claimId, @Nullable Long expectedVersion, @Nullable String username) {
        return edit(claimId, expectedVersion, ReviewEdit.assignee(username));
    }

    /**
     * Changes the review fields a request names, all or nothing: every value is checked first, then
     * each field that really changes is written with one audit entry, and the claim's version moves
     * once. The verdict's author becomes whoever changes the verdict or rationale value.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewView edit(long claimId, @Nullable Long expectedVersion, ReviewEdit edit) {
        var code = edit.verdict().map(this::validVerdict);
        var rationale = edit.rationale().map(r -> Inputs.text(r, Review.RATIONALE_MAX_LENGTH, "rationale"));
        var note = edit.noEvidenceNote().map(n -> Inputs.text(n, Review.NOTE_MAX_LENGTH, "noEvidenceNote"));
        var assignee = edit.assignee().map(this::validAssignee);
        var change = claims.change(claimId, expectedVersion);
        var existing = reviews.findById(claimId);
        var review = existing.orElseGet(() -> new Review(claimId));
        var newCode = code.or(review.verdict());
        var newRationale = rationale.or(review.rationale());
        var newNote = note.or(review.noEvidenceNote());
        boolean verdictChanges = !Objects.equals(newCode, review.verdict())
                || !Objects.equals(newRationale, review.rationale()) || !Objects.equals(newNote, review.noEvidenceNote());
        var newAssignee = assignee.or(review.assignee());
        boolean assigneeChanges = !Objects.equals(newAssignee, review.assignee());
        if (verdictChanges && change.status() != ClaimStatus.UNCHECKED && change.status() != ClaimStatus.IN_RESEARCH) {
            throw new WorkflowException("verdict", "The verdict of a claim that is " + change.status().label().toLowerCase()
                    + " cannot change; " + (change.status() == ClaimStatus.IN_REVIEW
                            ? "an editor rejects it back to research first" : "it was dismissed"));
        }
        if (!Objects.equals(newCode, review.verdict())) {
            change.record(new ClaimEvent.VerdictSet(change.header(), ClaimEvent.VerdictField.verdict, review.verdict(), newCode));
        }
        if (!Objects.equals(newRationale, review.rationale())) {
            change.record(new ClaimEvent.VerdictSet(change.header(), ClaimEvent.VerdictField.rationale, review.rationale(), newRationale));
        }
        if (!Objects.equals(newNote, review.noEvidenceNote())) {
            change.record(new ClaimEvent.VerdictSet(change.header(), ClaimEvent.VerdictField.noEvidenceNote, review.noEvidenceNote(), newNote));
        }
        if (assigneeChanges) {
            change.record(new ClaimEvent.Assigned(change.header(), review.assignee(), newAssignee));
            review.setAssignee(newAssignee);
        }
        if (verdictChanges) {
            review.setVerdict(newCode, newRationale, newNote, change.actor());
        }
        if (existing.isEmpty() && (verdictChanges || assigneeChanges)) {
            reviews.save(review);
        }
        return view(review);
    }

    private @Nullable String validVerdict(@Nullable String verdictCode) {
        var code = verdictCode == null || verdictCode.isBlank() ? null : verdictCode.strip().toUpperCase(java.util.Locale.ROOT);
        if (code != null && !scale.holdForUse(code)) {
            throw new InvalidInputException("verdict", "'" + abbreviate(code) + "' is not on the verdict scale; use one of "
                    + scale.scale().stream().map(VerdictView::code).toList());
        }
        return code;
    }

    private @Nullable String validAssignee(@Nullable String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        var name = username.strip();
        var reviewers = users.reviewers();
        if (!reviewers.contains(name)) {
            throw new InvalidInputException("assignee", "'" + abbreviate(name) + "' is not an active reviewer; assign one of "
                    + reviewers.stream().limit(30).toList());
        }
        return name;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /**
     * Takes a workflow step. An illegal step fails naming the allowed ones; a legal step whose
     * conditions are not met fails saying which. Publishing is an editor's approval by someone who
     * never changed the verdict or its rationale; reopening a published claim records a correction.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ClaimView transition(long claimId, @Nullable Long expectedVersion, ClaimStatus to, @Nullable String note) {
        var cleanNote = Inputs.text(note, Review.NOTE_MAX_LENGTH, "note");
        var change = openForStep(claimId, expectedVersion);
        var from = change.status();
        from.transition(to);
        var user = currentUser.require();
        var who = user.getUsername();
        var review = reviews.findById(claimId).orElseGet(() -> new Review(claimId));
        // The steps the panel offers are the rules: a move the status allows but the role does not is an
        // editor's, a step held back says why, and a step that needs a note is refused without one.
        var step = WorkflowStep.from(from, user.role(), who, review.verdictAuthors()).stream()
                .filter(s -> s.to() == to).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only an editor can " + (to == ClaimStatus.PUBLISHED
                        ? "publish" : from == ClaimStatus.IN_REVIEW ? "reject" : "reopen") + " a claim"));
        if (!step.allowed()) {
            throw new TwoPersonRuleException(who);
        }
        if (step.needsNote() && cleanNote == null) {
            throw new WorkflowException("note", (step.kind() == WorkflowStep.Kind.REJECT ? "Rejecting"
                    : "Reopening a published claim is a correction: it") + " needs a note saying why");
        }
        switch (step.kind()) {
            case SEND_TO_REVIEW -> requireReadyForReview(claimId, review);
            case APPROVE -> {
                change.record(new ClaimEvent.Approved(change.header(), who, cleanNote));
                review.approved(who);
            }
            case REJECT -> change.record(new ClaimEvent.Rejected(change.header(), who, cleanNote));
            case REOPEN -> {
                change.record(new ClaimEvent.Reopened(change.header(), review.approvedBy()));
                change.record(new ClaimEvent.CorrectionNoted(change.header(), who, cleanNote));
                corrections.save(new Correction(claimId, cleanNote, who, review.verdict(), review.approvedAt()));
                review.clearApproval();
            }
            case START_RESEARCH, DISMISS -> {
                // Unchecked to In research, and dismissals, need nothing more.
            }
        }
        moveStatus(change, to, cleanNote);
        return change.view();
    }

    /** The steps the signed-in person may take from the claim's status now (the rules {@link #transition} enforces). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<WorkflowStep> nextSteps(long claimId) {
        var status = claims.get(claimId).status();
        var user = currentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        var authors = reviews.findById(claimId).map(Review::verdictAuthors).orElse(java.util.Set.of());
        return WorkflowStep.from(status, user.get().role(), user.get().getUsername(), authors);
    }

    /**
     * Brings in a review from another Factdesk's export as data, not decisions: the verdict and
     * rationale become this desk's, set by the person importing (so they cannot also approve it),
     * with where they came from kept as provenance. A claim that was in review or published there
     * arrives in review here when it has what review needs (otherwise in research); no approval is
     * carried over, so publishing needs the normal second person.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public ReviewView importReview(long claimId, ImportedReview imported) {
        var provenance = imported.provenance().length() <= Review.IMPORTED_FROM_MAX_LENGTH ? imported.provenance()
                : imported.provenance().substring(0, Review.IMPORTED_FROM_MAX_LENGTH - 1) + "\u2026";
        var change = claims.change(claimId, null);
        if (imported.verdict() != null || imported.rationale() != null || imported.noEvidenceNote() != null) {
            edit(claimId, null, ReviewEdit.verdict(imported.verdict(), imported.rationale(), imported.noEvidenceNote()));
            var review = reviews.findById(claimId).orElseThrow();
            change.record(new ClaimEvent.ReviewImported(change.header(), provenance));
            review.importedFrom(provenance);
        }
        var there = imported.statusThere();
        if (there == ClaimStatus.DISMISSED) {
            moveStatus(change, ClaimStatus.DISMISSED, "as in the imported file");
        } else if (there != ClaimStatus.UNCHECKED) {
            moveStatus(change, ClaimStatus.IN_RESEARCH, "as in the imported file");
            if ((there == ClaimStatus.IN_REVIEW || there == ClaimStatus.PUBLISHED) && readyForReview(claimId)) {
                moveStatus(change, ClaimStatus.IN_REVIEW, "imported as " + there.label().toLowerCase()
                        + "; needs approval here");
            }
        }
        return get(claimId);
    }

    private boolean readyForReview(long claimId) {
        try {
            requireReadyForReview(claimId, reviews.findById(claimId).orElseGet(() -> new Review(claimId)));
            return true;
        } catch (WorkflowException e) {
            return false;
        }
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

    /** Claims assigned to a user. */
    @Transactional(readOnly = true)
    public List<Long> assignedTo(String username) {
        return reviews.claimIdsAssignedTo(username);
    }

    @Transactional(readOnly = true)
    public List<Long> withVerdict(Collection<String> verdicts) {
        return verdicts.isEmpty() ? List.of() : reviews.claimIdsWithVerdict(verdicts);
    }

    /** Every assigned claim's assignee (to order claims by). */
    @Transactional(readOnly = true)
    public Map<Long, String> assignees() {
        var result = new HashMap<Long, String>();
        reviews.assignees().forEach(row -> result.put((Long) row[0], (String) row[1]));
        return result;
    }

    /** Every claim with a verdict, with the verdict's place on the scale (to order claims by). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> verdictPositions() {
        var codes = scale.byCode();
        var result = new HashMap<Long, Integer>();
        reviews.verdicts().forEach(row -> {
            var verdict = codes.get((String) row[1]);
            result.put((Long) row[0], verdict == null ? Integer.MAX_VALUE - 1 : verdict.position());
        });
        return result;
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

    private static ReviewView view(Review r, Map<String, VerdictView> codes, List<CorrectionView> corrections) {
        return new ReviewView(r.claimId(), r.verdict() == null ? null : codes.get(r.verdict()), r.rationale(),
                r.noEvidenceNote(), r.verdictBy(), r.verdictAt(), r.approvedBy(), r.approvedAt(), r.assignee(),
                r.version(), r.verdictAuthors(), r.importedFrom(), corrections);
    }

    private ReviewView view(Review r) {
        return view(r, scale.byCode(), correctionsOf(List.of(r.claimId())).getOrDefault(r.claimId(), List.of()));
    }

    private Map<Long, List<CorrectionView>> correctionsOf(Collection<Long> claimIds) {
        var result = new HashMap<Long, List<CorrectionView>>();
        corrections.findByClaimIdInOrderByIdAsc(claimIds)
                .forEach(c -> result.computeIfAbsent(c.claimId(), k -> new java.util.ArrayList<>()).add(c.view()));
        return result;
    }
}
