package org.factdesk.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictRepository extends JpaRepository<Verdict, String> {

    List<Verdict> findAllByOrderByPositionAsc();

    /** Locks the verdict's row until the transaction ends; empty when there is no such verdict. */
    @org.springframework.data.jpa.repository.Query(value = "select code from verdict_scale where code = :code for update",
            nativeQuery = true)
    List<String> lockByCode(String code);
}
