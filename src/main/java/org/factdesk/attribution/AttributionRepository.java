package org.factdesk.attribution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttributionRepository extends JpaRepository<Attribution, Long> {

    List<Attribution> findByClaimantId(long claimantId);

    List<Attribution> findByClaimIdIn(Collection<Long> claimIds);

    @Query("select a.claimId from Attribution a where a.claimantId in :claimantIds")
    List<Long> claimIdsByClaimants(Collection<Long> claimantIds);

    @Query("select a.claimId from Attribution a where a.check in :checks")
    List<Long> claimIdsByCheck(Collection<AttributionCheck> checks);

    @Query("select a.claimId, c.name from Attribution a join Claimant c on c.id = a.claimantId")
    List<Object[]> claimantNames();

    @Query("select count(a) from Attribution a where a.claimantId = :claimantId")
    long countByClaimant(long claimantId);
}
