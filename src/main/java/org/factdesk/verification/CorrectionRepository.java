package org.factdesk.verification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionRepository extends JpaRepository<Correction, Long> {

    List<Correction> findByClaimIdInOrderByIdAsc(Collection<Long> claimIds);
}
