package org.factdesk.claim;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    List<Claim> findByDocumentIdOrderByStartAscEndAscIdAsc(long documentId);

    @org.springframework.data.jpa.repository.Query("select c.id from Claim c where c.duplicateOf = :id order by c.id")
    List<Long> findIdsByDuplicateOf(@org.springframework.data.repository.query.Param("id") long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Claim c where c.documentId = :documentId order by c.start, c.end, c.id")
    List<Claim> findByDocumentForUpdate(long documentId);

    /** Locks these claims' rows, in id order, until the transaction ends (returns the ids that exist). */
    @Query(value = "select id from claim where id in (:ids) order by id for update", nativeQuery = true)
    List<Long> lockInOrder(Collection<Long> ids);

    @Query("select c.status, count(c) from Claim c where c.documentId = :documentId group by c.status")
    List<Object[]> countByStatus(long documentId);

    @Query("select c.documentId, c.status, count(c) from Claim c where c.documentId in :documentIds group by c.documentId, c.status")
    List<Object[]> countByDocumentAndStatus(Collection<Long> documentIds);

    @Query("select c.status, count(c) from Claim c group by c.status")
    List<Object[]> countAllByStatus();

    @Query("select c.anchorState, count(c) from Claim c where c.documentId = :documentId group by c.anchorState")
    List<Object[]> countByAnchorState(long documentId);
}
