package org.factdesk.evidence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByClaimIdOrderByIdAsc(long claimId);

    List<Evidence> findByClaimIdInOrderByIdAsc(Collection<Long> claimIds);

    List<Evidence> findBySourceIdOrderByIdAsc(long sourceId);

    long countByClaimId(long claimId);

    /** Excerpts anchored in this revision of a document that is a source in the library. */
    @Query("select e from Evidence e where e.excerptStart is not null and e.excerptRevision = :revision"
            + " and e.sourceId in (select s.id from Source s where s.documentId = :documentId) order by e.id")
    List<Evidence> findAnchoredIn(long documentId, int revision);

    long countBySourceId(long sourceId);

    @Query("select e.sourceId, count(e) from Evidence e where e.sourceId in :sourceIds group by e.sourceId")
    List<Object[]> countBySources(Collection<Long> sourceIds);

    @Query("select e.stance, count(e) from Evidence e where e.claimId = :claimId group by e.stance")
    List<Object[]> countByStance(long claimId);

    @Query("select e.claimId, count(e) from Evidence e where e.claimId in :claimIds group by e.claimId")
    List<Object[]> countByClaims(Collection<Long> claimIds);
}
