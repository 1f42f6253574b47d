package org.factdesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.factdesk.anchoring.SpanCheck;
import org.factdesk.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A claim linked to a source: what the source does for the claim, in which exact words, and where. */
@Entity
@Table(name = "evidence")
class Evidence extends AbstractEntity {

    static final int EXCERPT_MAX_LENGTH = 5000;
    static final int LOCATOR_MAX_LENGTH = 300;
    static final int NOTE_MAX_LENGTH = 2000;

    @Column(name = "claim_id", nullable = false)
    private long claimId;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance = Stance.SUPPORTS;

    @Column(length = EXCERPT_MAX_LENGTH)
    private @Nullable String excerpt;

    @Column(length = LOCATOR_MAX_LENGTH)
    private @Nullable String locator;

    @Column(name = "excerpt_start")
    private @Nullable Integer excerptStart;

    @Column(name = "excerpt_end")
    private @Nullable Integer excerptEnd;

    @Column(name = "excerpt_revision")
    private @Nullable Integer excerptRevision;

    @Enumerated(EnumType.STRING)
    @Column(name = "excerpt_placement")
    private @Nullable SpanCheck excerptPlacement;

    @Column(length = NOTE_MAX_LENGTH)
    private @Nullable String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Version
    private long version;

    protected Evidence() {
    }

    Evidence(long claimId, long sourceId, Stance stance, @Nullable String excerpt, @Nullable String locator,
            @Nullable Integer excerptStart, @Nullable Integer excerptEnd, @Nullable Integer excerptRevision,
            @Nullable String note, String createdBy) {
        this.claimId = claimId;
        this.sourceId = sourceId;
        this.stance = stance;
        this.excerpt = excerpt;
        this.locator = locator;
        this.excerptStart = excerptStart;
        this.excerptEnd = excerptEnd;
        this.excerptRevision = excerptRevision;
        this.note = note;
        this.createdBy = createdBy;
    }

    long claimId() {
        return claimId;
    }

    long sourceId() {
        return sourceId;
    }

    Stance stance() {
        return stance;
    }

    @Nullable String excerpt() {
        return excerpt;
    }

    @Nullable String locator() {
        return locator;
    }

    @Nullable Integer excerptStart() {
        return excerptStart;
    }

    @Nullable Integer excerptEnd() {
        return excerptEnd;
    }

    @Nullable Integer excerptRevision() {
        return excerptRevision;
    }

    /** Why a person should look at the excerpt's place since the quoted document's text was replaced. */
    @Nullable SpanCheck excerptPlacement() {
        return excerptPlacement;
    }

    /**
     * Where re-anchoring put the excerpt in the quoted document's new revision: followed or placed to be
     * checked (offsets and revision move), or not found (offsets cleared; the excerpt's words and the
     * revision they were quoted from stay).
     */
    void excerptReanchored(@Nullable Integer start, @Nullable Integer end, int revision, @Nullable SpanCheck check) {
        if (check != SpanCheck.NOT_FOUND) {
            this.excerptStart = start;
            this.excerptEnd = end;
            this.excerptRevision = revision;
        } else {
            this.excerptStart = null;
            this.excerptEnd = null;
        }
        this.excerptPlacement = check;
    }

    @Nullable String note() {
        return note;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    long version() {
        return version;
    }
}
