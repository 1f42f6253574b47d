package org.factdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.base.domain.AbstractEntity;
import org.factdesk.claim.ClaimEvent;
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

    /** The event's type (its record's name); "Untyped" for an old row in no form an event wrote. */
    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType = "";

    /** The event's parts as JSON, without its header; null for an untyped row. */
    @Column(updatable = false)
    private @Nullable String payload;

    protected AuditEntry() {
    }

    AuditEntry(long claimId, @Nullable Long documentId, Instant at, String actor, String action,
            @Nullable String field, @Nullable String oldValue, @Nullable String newValue, String node, String eventType,
            @Nullable String payload) {
        this.eventType = eventType;
        this.payload = payload;
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

    /** An event with its words (the event complete: {@link EventJson#complete}). */
    private record Said(ClaimEvent event, HistoryWording.Words words) {

        static java.util.Optional<Said> of(ClaimEvent event) {
            return EventJson.complete(event) ? java.util.Optional.of(new Said(event, HistoryWording.of(event)))
                    : java.util.Optional.empty();
        }
    }

    AuditRecord toRecord() {
        var header = new ClaimEvent.Header(claimId, documentId == null ? 0 : documentId, actor, at);
        // A payload that does not make a sayable event (a row written by hand into a restored backup)
        // is read from the text columns instead; a row in neither form reads as recorded.
        var said = EventJson.read(eventType, payload, header).flatMap(Said::of)
                .or(() -> LegacyEntries.parse(header, action, field, oldValue, newValue).flatMap(Said::of));
        var words = said.map(Said::words).orElseGet(() -> HistoryWording.untyped(action, field, oldValue, newValue));
        return new AuditRecord(id(), claimId, documentId, at, actor, action, field, oldValue, newValue,
                said.map(s -> s.event().type()).orElse(LegacyEntries.UNTYPED),
                said.map(s -> EventJson.parts(s.event())).orElse(null), words.what(), words.change());
    }

}
