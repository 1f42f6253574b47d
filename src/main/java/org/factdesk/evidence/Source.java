package org.factdesk.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.factdesk.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A source in the library: a web page, a document, a dataset or a person's statement. */
@Entity
@Table(name = "source")
public class Source extends AbstractEntity {

    @Column(length = 2000)
    private @Nullable String url;

    @Column(name = "canonical_url", length = 2000)
    private @Nullable String canonicalUrl;

    @Column(name = "document_id")
    private @Nullable Long documentId;

    @Column(nullable = false, length = 500)
    private String title = "";

    @Column(length = 200)
    private @Nullable String publisher;

    @Column(length = 300)
    private @Nullable String author;

    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;

    @Column(name = "accessed_on")
    private @Nullable LocalDate accessedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind = SourceKind.NEWS_REPORT;

    @Column(name = "archive_url", length = 2000)
    private @Nullable String archiveUrl;

    private @Nullable Integer reliability;

    @Column(name = "reliability_note", length = 2000)
    private @Nullable String reliabilityNote;

    @Column(length = 5000)
    private @Nullable String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected Source() {
    }

    Source(SourceDraft draft, String createdBy) {
        this.createdBy = createdBy;
        apply(draft);
    }

    void apply(SourceDraft d) {
        this.url = d.url();
        this.canonicalUrl = d.url() == null ? null : WebAddresses.canonical(d.url());
        this.documentId = d.documentId();
        this.title = d.title();
        this.publisher = d.publisher();
        this.author = d.author();
        this.publishedOn = d.publishedOn();
        this.accessedOn = d.accessedOn();
        this.kind = d.kind();
        this.archiveUrl = d.archiveUrl();
        this.reliability = d.reliability();
        this.reliabilityNote = d.reliabilityNote();
        this.notes = d.notes();
        this.updatedAt = Instant.now();
    }

    SourceDraft draft() {
        return new SourceDraft(url, documentId, title, publisher, author, publishedOn, accessedOn, kind, archiveUrl,
                reliability, reliabilityNote, notes);
    }

    @Nullable String canonicalUrl() {
        return canonicalUrl;
    }

    @Nullable Long documentId() {
        return documentId;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
