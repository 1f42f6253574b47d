package org.factdesk.evidence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SourceRepository extends JpaRepository<Source, Long>, JpaSpecificationExecutor<Source> {

    Optional<Source> findByCanonicalUrl(String canonicalUrl);

    Optional<Source> findFirstByDocumentId(long documentId);
}
