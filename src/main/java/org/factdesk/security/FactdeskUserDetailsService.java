package org.factdesk.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in and upgrades their password hash when the encoding changes. */
@Service
class FactdeskUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository users;

    FactdeskUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(FactdeskUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        var account = users.findByUsername(user.getUsername()).orElseThrow();
        account.setPasswordHash(newPassword);
        return FactdeskUser.of(account);
    }
}
