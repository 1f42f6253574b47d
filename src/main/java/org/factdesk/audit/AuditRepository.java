package org.factdesk.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no update or delete here. */
interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findByClaimIdOrderByIdAsc(long claimId);

    List<AuditEntry> findByDocumentIdOrderByIdAsc(long documentId);

    long countByClaimId(long claimId);

    long count();
}
