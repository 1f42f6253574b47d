package org.factdesk.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no update or delete here. */
interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByClaimIdOrderByIdAsc(long claimId);

    long countByClaimId(long claimId);

    long count();

    @Query("select a.actor, a.action, count(a) from AuditEntry a where a.at >= :since group by a.actor, a.action")
    List<Object[]> countByActorAndActionSince(Instant since);

    @Query("select a.action, a.field, cast(a.at as LocalDate), count(a) from AuditEntry a"
            + " where a.at >= :since and a.action in :actions group by a.action, a.field, cast(a.at as LocalDate)")
    List<Object[]> countPerDaySince(Instant since, Collection<String> actions);
}
