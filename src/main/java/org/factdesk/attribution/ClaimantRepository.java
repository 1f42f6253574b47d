package org.factdesk.attribution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimantRepository extends JpaRepository<Claimant, Long> {

    /** Locks these claimants' rows, in id order, until the transaction ends (returns the ids that exist). */
    @Query(value = "select id from claimant where id in (:ids) order by id for update", nativeQuery = true)
    List<Long> lockInOrder(Collection<Long> ids);

    /** Active claimants whose name or an alias contains the normalised query. */
    @Query("""
            select distinct c from Claimant c left join c.aliases a
            where c.mergedInto is null
              and (c.normalizedName like :pattern escape '\\' or a.normalized like :pattern escape '\\')
            """)
    Page<Claimant> search(String pattern, Pageable pageable);

    @Query("select c from Claimant c where c.mergedInto is null")
    Page<Claimant> findActive(Pageable pageable);

    /** Ids of claimants (merged ones too) whose name or alias matches a normalised name exactly. */
    @Query("""
            select distinct c.id from Claimant c left join c.aliases a
            where a.normalized = :normalized or c.normalizedName = :normalized
            """)
    List<Long> idsNamed(String normalized);

    @Query("select c.id from Claimant c where c.mergedInto in :ids")
    List<Long> mergedInto(Collection<Long> ids);
}
