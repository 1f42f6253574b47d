package org.factdesk.publication;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Publications are added and read; the repository offers no way to change or remove one. */
interface PublicationRepository extends Repository<Publication, Long> {

    Publication save(Publication publication);

    Optional<Publication> findById(long id);

    List<Publication> findByClaimIdOrderByVersionAsc(long claimId);

    List<Publication> findByClaimIdInOrderByVersionAsc(Collection<Long> claimIds);

    List<Publication> findAllByOrderBySequenceDesc(Pageable pageable);

    List<Publication> findAllByOrderBySequenceAsc(Pageable pageable);

    long count();

    /** The newest version of each fact check, newest first. */
    @Query("select p from Publication p where p.version = (select max(q.version) from Publication q"
            + " where q.claimId = p.claimId) order by p.sequence desc")
    List<Publication> findCurrent(Pageable pageable);

    @Query("select count(distinct p.claimId) from Publication p")
    long countCurrent();

    @Query("select distinct p.claimId from Publication p where p.documentId = :documentId order by p.claimId")
    List<Long> claimIdsInDocument(long documentId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from PublicationHead h where h.id = 1")
    PublicationHead lockHead();

    @Query("select h from PublicationHead h where h.id = 1")
    PublicationHead head();
}
