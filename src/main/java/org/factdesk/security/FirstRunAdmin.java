package org.factdesk.security;

import java.security.SecureRandom;
import org.factdesk.base.config.FactdeskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * On the first start, with no users, creates {@code admin}. The password comes from
 * FACTDESK_ADMIN_PASSWORD, or is generated and printed once to the console. This happens before
 * the web server starts, so nobody ever finds a running Factdesk that nobody can sign in to.
 */
@Component
class FirstRunAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstRunAdmin.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserService userService;
    private final FactdeskProperties properties;

    FirstRunAdmin(UserService userService, FactdeskProperties properties) {
        this.userService = userService;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (userService.anyUserExists()) {
            return;
        }
        var configured = properties.adminPassword();
        if (configured != null && !configured.isBlank()) {
            if (created(configured)) {
                log.info("Created the first user 'admin' with the password from FACTDESK_ADMIN_PASSWORD");
            }
            return;
        }
        var password = generatePassword();
        if (!created(password)) {
            return;
        }
        // Printed once, straight to the console, so that it does not linger in log files.
        System.out.println();
        System.out.println("==============================================================");
        System.out.println(" Factdesk created the first user.");
        System.out.println("   username: admin");
        System.out.println("   password: " + password);
        System.out.println(" It is shown only this once. Change it on your profile page.");
        System.out.println("==============================================================");
        System.out.println();
    }

    /**
     * Creates the first admin; false when another Factdesk process starting on the same database at
     * the same moment created it first (the username is unique, so only one can).
     */
    private boolean created(String password) {
        try {
            userService.createFirstAdmin(password);
            return true;
        } catch (RuntimeException e) {
            // The other process's admin shows as a taken username, a "users exist" refusal or a
            // unique-key violation, depending on when it committed.
            if (userService.anyUserExists()) {
                log.info("Another Factdesk process created the first user meanwhile");
                return false;
            }
            throw e;
        }
    }

    private static String generatePassword() {
        var random = new SecureRandom();
        var sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
