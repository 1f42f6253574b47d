package org.factdesk.suggest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.base.domain.AbstractEntity;

/** A suggestion a reviewer dismissed on a document, remembered by the words it covered. */
@Entity
@Table(name = "suggestion_dismissal")
class Dismissal extends AbstractEntity {

    static final int QUOTE_MAX_LENGTH = 4000;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "quote_hash", nullable = false, length = 64)
    private String quoteHash = "";

    @Column(nullable = false, length = QUOTE_MAX_LENGTH)
    private String quote = "";

    @Column(name = "dismissed_by", nullable = false, length = 40)
    private String dismissedBy = "";

    @Column(name = "dismissed_at", nullable = false)
    private Instant dismissedAt = Instant.now();

    protected Dismissal() {
    }

    Dismissal(long documentId, String quoteHash, String quote, String dismissedBy) {
        this.documentId = documentId;
        this.quoteHash = quoteHash;
        this.quote = quote.length() > QUOTE_MAX_LENGTH ? quote.substring(0, QUOTE_MAX_LENGTH) : quote;
        this.dismissedBy = dismissedBy;
    }

    String quoteHash() {
        return quoteHash;
    }
}
