package org.factdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.base.domain.AbstractEntity;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One recorded change to a claim. Immutable: the trail is only ever appended to. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry extends AbstractEntity {

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(name = "document_id", updatable = false)
    private @Nullable Long documentId;

    @Column(nullable = false, updatable = false)
    private Instant at = Instant.now();

    @Column(nullable = false, updatable = false)
    private String actor = "";

    @Column(nullable = false, updatable = false)
    private String action = "";

    @Column(updatable = false)
    private @Nullable String field;

    @Column(name = "old_value", updatable = false)
    private @Nullable String oldValue;

    @Column(name = "new_value", updatable = false)
    private @Nullable String newValue;

    /** The Factdesk process that wrote the entry (null for entries older than the column). */
    @Column(updatable = false)
    private @Nullable String node;

    protected AuditEntry() {
    }

    AuditEntry(long claimId, @Nullable Long documentId, Instant at, String actor, String action,
            @Nullable String field, @Nullable String oldValue, @Nullable String newValue, String node) {
        this.node = node;
        this.claimId = claimId;
        this.documentId = documentId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    AuditRecord toRecord() {
        return new AuditRecord(id(), claimId, documentId, at, actor, action, field, oldValue, newValue);
    }
}
