package org.factdesk.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.base.domain.AbstractEntity;

/** One version of a document's canonical text. Revisions are numbered from 1 and never change. */
@Entity
@Table(name = "document_revision")
class DocumentRevision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int number;

    @Basic
    @Column(nullable = false)
    private String text = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", nullable = false)
    private String createdBy = "";

    @SuppressWarnings("NullAway.Init")
    protected DocumentRevision() {
    }

    DocumentRevision(Document document, int number, String text, String createdBy) {
        this.document = document;
        this.number = number;
        this.text = text;
        this.createdBy = createdBy;
    }

    Document getDocument() {
        return document;
    }

    int getNumber() {
        return number;
    }

    String getText() {
        return text;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }
}
