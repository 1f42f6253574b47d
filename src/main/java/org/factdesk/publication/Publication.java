package org.factdesk.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One published version of a fact check, stored as its canonical JSON and that JSON's hash. The
 * row is written once: the entity has no setters and Hibernate never writes an update for it; the
 * other columns repeat what the JSON says, for finding rows, and the chain check compares them.
 */
@Entity
@Immutable
@Table(name = "publication")
class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long sequence;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "claimant_id", updatable = false)
    private @Nullable Long claimantId;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "previous_sha256", updatable = false, length = 64)
    private @Nullable String previousSha256;

    @SuppressWarnings("NullAway.Init")
    protected Publication() {
    }

    @SuppressWarnings("NullAway.Init")
    Publication(PublishedCheck check) {
        this.sequence = check.sequence();
        this.claimId = check.claimId();
        this.version = check.version();
        this.documentId = check.article().documentId();
        this.claimantId = check.attribution() == null ? null : check.attribution().claimantId();
        this.publishedAt = check.publishedAt();
        this.body = CanonicalJson.write(check);
        this.sha256 = CanonicalJson.sha256(body);
        this.previousSha256 = check.previousSha256();
    }

    long id() {
        return id;
    }

    long claimId() {
        return claimId;
    }

    int version() {
        return version;
    }

    long documentId() {
        return documentId;
    }

    String sha256() {
        return sha256;
    }

    PublicationChain.Row row() {
        return new PublicationChain.Row(id, sequence, claimId, version, publishedAt, body, sha256, previousSha256);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Publication p && id != null && id.equals(p.id));
    }

    @Override
    public int hashCode() {
        return Publication.class.hashCode();
    }
}
