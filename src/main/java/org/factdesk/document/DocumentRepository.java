package org.factdesk.document;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Document d where d.id = :id")
    Optional<Document> findForUpdate(long id);

    @Query("""
            select d from Document d
            where (lower(d.title) like :pattern escape '\\'
               or lower(coalesce(d.publisher, '')) like :pattern escape '\\'
               or lower(coalesce(d.author, '')) like :pattern escape '\\')
              and (:archived = true or d.archivedAt is null)
            """)
    Page<Document> search(String pattern, boolean archived, Pageable pageable);

    @Query("select d from Document d where :archived = true or d.archivedAt is null")
    Page<Document> findAll(boolean archived, Pageable pageable);

    @Query("select d.id, d.title from Document d")
    java.util.List<Object[]> titles();

    @Query("select d.id from Document d where d.charCount = :chars and d.wordCount = :words order by d.id")
    java.util.List<Long> findIdsWithCounts(int chars, int words);
}
