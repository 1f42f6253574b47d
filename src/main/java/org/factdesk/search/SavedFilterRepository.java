package org.factdesk.search;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

    List<SavedFilter> findByUsernameOrderByNameAsc(String username);

    Optional<SavedFilter> findByUsernameAndName(String username, String name);

    long countByUsername(String username);
}
