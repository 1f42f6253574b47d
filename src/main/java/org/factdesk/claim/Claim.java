package org.factdesk.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.anchoring.TextAnchor;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.factdesk.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A checkable statement in a document, anchored to the words it quotes. */
@Entity
@Table(name = "claim")
public class Claim extends AbstractEntity {

    public static final int CLAIM_TEXT_MAX_LENGTH = 20_000;
    public static final int TAG_MAX_LENGTH = 60;
    public static final int MAX_TAGS = 30;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false)
    private String exact = "";

    @Column(nullable = false)
    private String prefix = "";

    @Column(nullable = false)
    private String suffix = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_state", nullable = false)
    private AnchorState anchorState = AnchorState.ANCHORED;

    @Column(name = "original_exact")
    private @Nullable String originalExact;

    @Column(name = "anchored_revision", nullable = false)
    private int anchoredRevision;

    @Column(name = "claim_text", nullable = false)
    private String claimText = "";

    /** The workspace claim this one repeats, whose check answers it; null when none. */
    @Column(name = "duplicate_of")
    private @Nullable Long duplicateOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status = ClaimStatus.UNCHECKED;

    // Loaded for all claims of a query in one extra select, not one per claim.
    @ElementCollection(fetch = FetchType.LAZY)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Column(name = "updated_by", nullable = false)
    private String updatedBy = "";

    /**
     * The claim record's version: moved exactly once by every request that changes anything belonging
     * to the claim (its text, span, tags, attribution, evidence, verdict, assignee, status), never by
     * one that changes nothing. Not JPA's {@code @Version}: writers hold the claim's row lock
     * ({@link ClaimService#change}), and a request touches several tables but moves one version.
     */
    @Column(nullable = false)
    private long version;

    protected Claim() {
    }

    Claim(long documentId, int revision, TextAnchor anchor, String claimText, Set<String> tags, String createdBy) {
        this.documentId = documentId;
        this.anchoredRevision = revision;
        setAnchor(anchor);
        this.claimText = claimText;
        this.tags = new TreeSet<>(tags);
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
    }

    public TextAnchor anchor() {
        return new TextAnchor(start, end, exact, prefix, suffix);
    }

    void setAnchor(TextAnchor anchor) {
        this.start = anchor.start();
        this.end = anchor.end();
        this.exact = anchor.exact();
        this.prefix = anchor.prefix();
        this.suffix = anchor.suffix();
    }

    void reanchored(int revision, @Nullable TextAnchor anchor, AnchorState state, @Nullable String originalExact) {
        // A claim that could not be placed keeps its last known span, in the revision it belongs to.
        if (anchor != null) {
            this.anchoredRevision = revision;
            setAnchor(anchor);
        }
        this.anchorState = state;
        this.originalExact = originalExact;
    }

    /** The next version of the record, changed by {@code by}. */
    void bump(String by) {
        this.version++;
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    public long getDocumentId() {
        return documentId;
    }

    public AnchorState getAnchorState() {
        return anchorState;
    }

    public @Nullable String getOriginalExact() {
        return originalExact;
    }

    public int getAnchoredRevision() {
        return anchoredRevision;
    }

    public String getClaimText() {
        return claimText;
    }

    void setClaimText(String claimText) {
        this.claimText = claimText;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public @Nullable Long getDuplicateOf() {
        return duplicateOf;
    }

    void setDuplicateOf(@Nullable Long duplicateOf) {
        this.duplicateOf = duplicateOf;
    }

    void setStatus(ClaimStatus status) {
        this.status = status;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    void setTags(Set<String> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
