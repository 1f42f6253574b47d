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
 * Slows down password guessing: after {@value #PER_ACCOUNT} failed sign-ins for one account, or
 * {@value #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts for that account
 * or from that address are refused until the oldest failure leaves the window, whether the password
 * is right or not. A successful sign-in clears the account's failures. Counts live in memory: a
 * restart forgets them, which bounds how long an attacker can lock a real user out.
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

    /** Throws if this account or address has failed too often lately. */
    public synchronized void check(@Nullable String username, @Nullable String address) {
        var now = clock.instant();
        long wait = Math.max(waitFor(account(username), PER_ACCOUNT, now), waitFor(address(address), PER_ADDRESS, now));
        if (wait > 0) {
            throw new ThrottledException(wait);
        }
    }

    public synchronized void failed(@Nullable String username, @Nullable String address) {
        var now = clock.instant();
        for (var key : new String[] { account(username), address(address) }) {
            if (key != null) {
                failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
            }
        }
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
