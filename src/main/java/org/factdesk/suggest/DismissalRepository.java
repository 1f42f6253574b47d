package org.factdesk.suggest;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DismissalRepository extends JpaRepository<Dismissal, Long> {

    @Query("select d.quoteHash from Dismissal d where d.documentId = ?1")
    List<String> hashesForDocument(long documentId);

    Optional<Dismissal> findByDocumentIdAndQuoteHash(long documentId, String quoteHash);
}
