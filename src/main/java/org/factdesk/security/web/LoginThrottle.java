package org.factdesk.security.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a desk out.
 *
 * <p>After {@value #PER_ACCOUNT} failed sign-ins for one account within {@link #WINDOW}, that account
 * is paused, whether the next password is right or not: it is the account under attack, and its
 * owner can wait or ask an admin. An address is different: behind a proxy or a newsroom's NAT many
 * people share one, and a ban by address let any anonymous client block every password sign-in
 * (issue 37: twenty made-up names, then {@code admin} with the right password got 429). So the limit
 * of {@value #PER_ADDRESS} failures from one address refuses only what fails: past it, a wrong
 * password from that address answers 429 (and counts against its account), while a right password for
 * an account that is not itself paused still signs in. Guessing stays bounded by the per-account
 * limit and by the password hash's cost. A successful sign-in clears its account's failures. Counts
 * live in memory: a restart forgets them, which bounds how long an attacker can pause a real user.
 * The address is the connecting one, or the client's as a trusted proxy forwards it
 * ({@code FACTDESK_TRUSTED_PROXIES}; none by default, so a forged header changes nothing).
 */
@Component
public class LoginThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 50_000;

    /** Refused because of too many failures; says when to try again. */
    public static final class ThrottledException extends LockedException {
        private final long retryAfterSeconds;

        ThrottledException(long retryAfterSeconds) {
            super("Too many failed sign-ins; try again in " + Math.max(1, (retryAfterSeconds + 59) / 60) + " minute"
                    + ((retryAfterSeconds + 59) / 60 == 1 ? "" : "s"));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Throws if this account has failed too often lately: then not even the right password signs in. */
    public synchronized void check(@Nullable String username, @Nullable String address) {
        long wait = waitFor(account(username), PER_ACCOUNT, clock.instant());
        if (wait > 0) {
            throw new ThrottledException(wait);
        }
    }

    /**
     * Counts a failed sign-in. Returns the pause to answer with (a {@link ThrottledException} in
     * place of "wrong password") when the address is now over its limit, else null (the account's own
     * limit pauses its next attempt, in {@link #check}).
     */
    public synchronized @Nullable ThrottledException failed(@Nullable String username, @Nullable String address) {
        var now = clock.instant();
        for (var key : new String[] { account(username), address(address) }) {
            if (key != null) {
                failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
            }
        }
        long wait = waitFor(address(address), PER_ADDRESS + 1, now);
        return wait > 0 ? new ThrottledException(wait) : null;
    }

    public synchronized void succeeded(@Nullable String username) {
        var key = account(username);
        if (key != null) {
            failures.remove(key);
        }
    }

    private long waitFor(@Nullable String key, int limit, Instant now) {
        if (key == null) {
            return 0;
        }
        var times = failures.get(key);
        if (times == null) {
            return 0;
        }
        var cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return 0;
        }
        if (times.size() < limit) {
            return 0;
        }
        // Free again when the failure that is `limit` from the end leaves the window.
        var blocking = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
        return Math.max(1, Duration.between(now, blocking.plus(WINDOW)).toSeconds());
    }

    private static @Nullable String account(@Nullable String username) {
        return username == null || username.isBlank() ? null : "u:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String address(@Nullable String address) {
        return address == null || address.isBlank() ? null : "a:" + address;
    }
}
