package org.factdesk.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.factdesk.claim.ClaimEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every change to a claim as it happens, in the same transaction as the change: a change
 * that is rolled back leaves no entry, and a change that commits always has one.
 */
@Service
public class AuditTrail {

    private final AuditRepository entries;
    private final org.factdesk.base.config.NodeIdentity node;

    AuditTrail(AuditRepository entries, org.factdesk.base.config.NodeIdentity node) {
        this.entries = entries;
        this.node = node;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ClaimEvent event) {
        entries.save(new AuditEntry(event.claimId(), event.documentId(), event.at(), event.actor(),
                event.action(), event.field(), event.before(), event.after(), node.id(), event.type(),
                EventJson.payload(event)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<AuditRecord> history(long claimId) {
        return entries.findByClaimIdOrderByIdAsc(claimId).stream().map(AuditEntry::toRecord).toList();
    }

    /** How many changes of each kind a person made. */
    public record Activity(String actor, String action, long count) {
    }

    /** How many changes of a kind (and of which field, where it has one) were made on a day (UTC). */
    public record DailyCount(String action, @Nullable String field, LocalDate day, long count) {
    }

    /** Who did what since a moment: per person and kind of change, how many. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<Activity> activitySince(Instant since) {
        return entries.countByActorAndActionSince(since).stream()
                .map(row -> new Activity((String) row[0], (String) row[1], (Long) row[2])).toList();
    }

    /**
     * Per day, how many changes of these kinds ("created", "approved", ...) were made since a moment:
     * counted by the database, so a busy trail costs a few hundred rows, not one per change.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<DailyCount> dailyCountsSince(Instant since, Collection<String> actions) {
        return entries.countPerDaySince(since, actions).stream()
                .map(row -> new DailyCount((String) row[0], (String) row[1], (LocalDate) row[2], (Long) row[3]))
                .toList();
    }
}
