package org.factdesk.verification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A claim's review: its verdict and who set it, who approved it, and who is working on it. */
@Entity
@Table(name = "review")
class Review {

    static final int RATIONALE_MAX_LENGTH = 10_000;
    static final int NOTE_MAX_LENGTH = 5_000;
    static final int IMPORTED_FROM_MAX_LENGTH = 2_000;

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

    @Column(name = "imported_from", length = IMPORTED_FROM_MAX_LENGTH)
    private @Nullable String importedFrom;

    // Everyone who changed the verdict or the rationale: none of them may approve it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_verdict_author", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "username")
    private Set<String> verdictAuthors = new TreeSet<>();

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

    /**
     * Sets the verdict's fields. The verdict's author is who last changed the verdict or the
     * rationale value; changing only the no-evidence note leaves the author as it was. A changed
     * verdict or rationale needs a fresh approval.
     */
    void setVerdict(@Nullable String verdict, @Nullable String rationale, @Nullable String noEvidenceNote, String by) {
        boolean authored = !java.util.Objects.equals(verdict, this.verdict)
                || !java.util.Objects.equals(rationale, this.rationale);
        this.verdict = verdict;
        this.rationale = rationale;
        this.noEvidenceNote = noEvidenceNote;
        if (authored) {
            verdictAuthors.add(by);
            this.verdictBy = verdict == null && rationale == null ? null : by;
            this.verdictAt = verdict == null && rationale == null ? null : Instant.now();
            this.approvedBy = null;
            this.approvedAt = null;
        }
    }

    void importedFrom(@Nullable String provenance) {
        this.importedFrom = provenance;
    }

    @Nullable String importedFrom() {
        return importedFrom;
    }

    Set<String> verdictAuthors() {
        return Set.copyOf(verdictAuthors);
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
