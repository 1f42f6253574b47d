package org.factdesk.verification;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    List<Review> findByClaimIdIn(Collection<Long> claimIds);

    @Query("select r.claimId from Review r where r.assignee = :username")
    List<Long> claimIdsAssignedTo(String username);

    @Query("select r.claimId from Review r where r.verdict in :verdicts")
    List<Long> claimIdsWithVerdict(Collection<String> verdicts);

    long countByVerdict(String verdict);

    @Query("select r.claimId, r.assignee from Review r where r.assignee is not null")
    List<Object[]> assignees();

    @Query("select r.claimId, r.verdict from Review r where r.verdict is not null")
    List<Object[]> verdicts();

    @Query("select r.verdict, count(r) from Review r where r.verdict is not null group by r.verdict")
    List<Object[]> countByVerdict();
}
