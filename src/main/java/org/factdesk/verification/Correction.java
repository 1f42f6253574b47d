package org.factdesk.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A correction: a published claim reopened, with the note a correction policy asks for. */
@Entity
@Table(name = "claim_correction")
class Correction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(nullable = false, length = Review.NOTE_MAX_LENGTH)
    private String note;

    @Column(name = "corrected_by", nullable = false)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    @Column(name = "previous_verdict")
    private @Nullable String previousVerdict;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @SuppressWarnings("NullAway.Init")
    protected Correction() {
    }

    @SuppressWarnings("NullAway.Init")
    Correction(long claimId, String note, String correctedBy, @Nullable String previousVerdict,
            @Nullable Instant publishedAt) {
        this.claimId = claimId;
        this.note = note;
        this.correctedBy = correctedBy;
        this.correctedAt = Instant.now();
        this.previousVerdict = previousVerdict;
        this.publishedAt = publishedAt;
    }

    long claimId() {
        return claimId;
    }

    CorrectionView view() {
        return new CorrectionView(note, correctedBy, correctedAt, previousVerdict, publishedAt);
    }
}
