package org.factdesk.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictRepository extends JpaRepository<Verdict, String> {

    List<Verdict> findAllByOrderByPositionAsc();
}
