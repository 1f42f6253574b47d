package org.factdesk.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A claim's review: its verdict and who set it, who approved it, and who is working on it. */
@Entity
@Table(name = "review")
class Review {

    static final int RATIONALE_MAX_LENGTH = 10_000;
    static final int NOTE_MAX_LENGTH = 5_000;

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    private @Nullable String verdict;

    @Column(length = RATIONALE_MAX_LENGTH)
    private @Nullable String rationale;

    @Column(name = "no_evidence_note", length = NOTE_MAX_LENGTH)
    private @Nullable String noEvidenceNote;

    @Column(name = "verdict_by")
    private @Nullable String verdictBy;

    @Column(name = "verdict_at")
    private @Nullable Instant verdictAt;

    @Column(name = "approved_by")
    private @Nullable String approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    private @Nullable String assignee;

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Review() {
    }

    Review(long claimId) {
        this.claimId = claimId;
    }

    long claimId() {
        return claimId;
    }

    @Nullable String verdict() {
        return verdict;
    }

    @Nullable String rationale() {
        return rationale;
    }

    @Nullable String noEvidenceNote() {
        return noEvidenceNote;
    }

    @Nullable String verdictBy() {
        return verdictBy;
    }

    @Nullable Instant verdictAt() {
        return verdictAt;
    }

    @Nullable String approvedBy() {
        return approvedBy;
    }

    @Nullable Instant approvedAt() {
        return approvedAt;
    }

    @Nullable String assignee() {
        return assignee;
    }

    long version() {
        return version;
    }

    void setVerdict(@Nullable String verdict, @Nullable String rationale, @Nullable String noEvidenceNote, String by) {
        this.verdict = verdict;
        this.rationale = rationale;
        this.noEvidenceNote = noEvidenceNote;
        this.verdictBy = verdict == null ? null : by;
        this.verdictAt = verdict == null ? null : Instant.now();
        // A changed verdict needs a fresh approval.
        this.approvedBy = null;
        this.approvedAt = null;
    }

    void restore(@Nullable String verdict, @Nullable String rationale, @Nullable String noEvidenceNote,
            @Nullable String verdictBy, @Nullable Instant verdictAt, @Nullable String approvedBy,
            @Nullable Instant approvedAt, @Nullable String assignee) {
        this.verdict = verdict;
        this.rationale = rationale;
        this.noEvidenceNote = noEvidenceNote;
        this.verdictBy = verdictBy;
        this.verdictAt = verdictAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.assignee = assignee;
    }

    void approved(String by) {
        this.approvedBy = by;
        this.approvedAt = Instant.now();
    }

    void clearApproval() {
        this.approvedBy = null;
        this.approvedAt = null;
    }

    void setAssignee(@Nullable String assignee) {
        this.assignee = assignee;
    }
}
