package org.factdesk.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    long countByRoleAndActiveTrue(Role role);

    /** Locks every admin's row, in id order, until the transaction ends (the ids are of no use). */
    @org.springframework.data.jpa.repository.Query(value = "select id from app_user where role = 'ADMIN' order by id for update",
            nativeQuery = true)
    List<Long> lockAdmins();
}
