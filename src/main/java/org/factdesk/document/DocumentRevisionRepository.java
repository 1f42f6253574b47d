package org.factdesk.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRevisionRepository extends JpaRepository<DocumentRevision, Long> {

    @Query("select r.text from DocumentRevision r where r.document.id = :documentId and r.number = :number")
    Optional<String> findText(long documentId, int number);

    @Query("select r from DocumentRevision r where r.document.id = :documentId order by r.number")
    List<DocumentRevision> findByDocumentId(long documentId);
}
