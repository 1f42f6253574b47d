package org.factdesk.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @EntityGraph(attributePaths = "user")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserOrderByCreatedAtDesc(UserAccount user);
}
