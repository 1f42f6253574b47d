package org.factdesk.attribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.factdesk.anchoring.SpanCheck;
import org.jspecify.annotations.Nullable;

/** Who a claim is attributed to, in what words, and whether that attribution is right. One per claim. */
@Entity
@Table(name = "attribution")
class Attribution {

    static final int STATED_ROLE_MAX_LENGTH = 300;
    static final int CUE_MAX_LENGTH = 200;
    static final int NOTE_MAX_LENGTH = 5000;

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    @Column(name = "claimant_id")
    private @Nullable Long claimantId;

    @Column(name = "stated_role", length = STATED_ROLE_MAX_LENGTH)
    private @Nullable String statedRole;

    @Column(length = CUE_MAX_LENGTH)
    private @Nullable String cue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttributionForm form = AttributionForm.INDIRECT;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_status", nullable = false)
    private AttributionCheck check = AttributionCheck.UNVERIFIED;

    @Column(name = "check_note", length = NOTE_MAX_LENGTH)
    private @Nullable String checkNote;

    @Column(name = "checked_by")
    private @Nullable String checkedBy;

    @Column(name = "checked_at")
    private @Nullable Instant checkedAt;

    @Column(name = "source_start")
    private @Nullable Integer sourceStart;

    @Column(name = "source_end")
    private @Nullable Integer sourceEnd;

    @Column(name = "source_exact")
    private @Nullable String sourceExact;

    @Column(name = "cue_start")
    private @Nullable Integer cueStart;

    @Column(name = "cue_end")
    private @Nullable Integer cueEnd;

    @Column(name = "cue_exact")
    private @Nullable String cueExact;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_placement")
    private @Nullable SpanCheck sourcePlacement;

    @Enumerated(EnumType.STRING)
    @Column(name = "cue_placement")
    private @Nullable SpanCheck cuePlacement;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Attribution() {
    }

    Attribution(long claimId) {
        this.claimId = claimId;
    }

    long claimId() {
        return claimId;
    }

    @Nullable Long claimantId() {
        return claimantId;
    }

    void setClaimantId(@Nullable Long claimantId) {
        this.claimantId = claimantId;
    }

    @Nullable String statedRole() {
        return statedRole;
    }

    void setStatedRole(@Nullable String statedRole) {
        this.statedRole = statedRole;
    }

    @Nullable String cue() {
        return cue;
    }

    void setCue(@Nullable String cue) {
        this.cue = cue;
    }

    AttributionForm form() {
        return form;
    }

    void setForm(AttributionForm form) {
        this.form = form;
    }

    AttributionCheck check() {
        return check;
    }

    @Nullable String checkNote() {
        return checkNote;
    }

    @Nullable String checkedBy() {
        return checkedBy;
    }

    @Nullable Instant checkedAt() {
        return checkedAt;
    }

    void setCheck(AttributionCheck check, @Nullable String note, String by) {
        this.check = check;
        this.checkNote = note;
        this.checkedBy = check == AttributionCheck.UNVERIFIED ? null : by;
        this.checkedAt = check == AttributionCheck.UNVERIFIED ? null : Instant.now();
    }

    void restoreCheckedBy(@Nullable String by, @Nullable Instant at) {
        if (check != AttributionCheck.UNVERIFIED) {
            this.checkedBy = by;
            this.checkedAt = at;
        }
    }

    @Nullable TextSpan sourceSpan() {
        return sourceStart == null || sourceEnd == null ? null : new TextSpan(sourceStart, sourceEnd, sourceExact);
    }

    /** A person marked the source words (or removed them): nothing is left to check. */
    void setSourceSpan(@Nullable TextSpan span) {
        this.sourceStart = span == null ? null : span.start();
        this.sourceEnd = span == null ? null : span.end();
        this.sourceExact = span == null ? null : span.exact();
        this.sourcePlacement = null;
    }

    /** Why a person should look at the source words since the text was replaced, if they should. */
    @Nullable SpanCheck sourcePlacement() {
        return sourcePlacement;
    }

    /**
     * Where re-anchoring put the source words: followed ({@code check} null), placed but to be checked,
     * or not found (cleared, the words kept to say what to mark again).
     */
    void sourceReanchored(@Nullable TextSpan span, @Nullable SpanCheck check) {
        var words = sourceExact;
        setSourceSpan(check == SpanCheck.NOT_FOUND ? null : span);
        this.sourceExact = check == SpanCheck.NOT_FOUND ? words : sourceExact;
        this.sourcePlacement = check;
    }

    @Nullable TextSpan cueSpan() {
        return cueStart == null || cueEnd == null ? null : new TextSpan(cueStart, cueEnd, cueExact);
    }

    /** A person marked the cue words (or removed them): nothing is left to check. */
    void setCueSpan(@Nullable TextSpan span) {
        this.cueStart = span == null ? null : span.start();
        this.cueEnd = span == null ? null : span.end();
        this.cueExact = span == null ? null : span.exact();
        this.cuePlacement = null;
    }

    @Nullable SpanCheck cuePlacement() {
        return cuePlacement;
    }

    /** Where re-anchoring put the cue words; see {@link #sourceReanchored}. */
    void cueReanchored(@Nullable TextSpan span, @Nullable SpanCheck check) {
        var words = cueExact;
        setCueSpan(check == SpanCheck.NOT_FOUND ? null : span);
        this.cueExact = check == SpanCheck.NOT_FOUND ? words : cueExact;
        this.cuePlacement = check;
    }

    /** The words of a span that was not found again and cleared, to say what to mark again. */
    @Nullable String lostWords(boolean source) {
        return source ? (sourcePlacement == SpanCheck.NOT_FOUND ? sourceExact : null)
                : (cuePlacement == SpanCheck.NOT_FOUND ? cueExact : null);
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    void touched(String by) {
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    long version() {
        return version;
    }
}
