package org.factdesk.verification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByClaimIdOrderByIdAsc(long claimId);
}
