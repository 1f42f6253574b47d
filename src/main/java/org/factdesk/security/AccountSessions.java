package org.factdesk.security;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a signed-in session still has what its account grants now (role, activity, password). */
@Service
public class AccountSessions {

    private final UserAccountRepository accounts;

    AccountSessions(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** True while the account is as it was at sign-in; false once its role, activity or password changed. */
    @Transactional(readOnly = true)
    public boolean current(FactdeskUser user) {
        return accounts.findById(user.userId()).map(a -> a.isActive() && a.accessStamp().equals(user.accessStamp()))
                .orElse(false);
    }
}
