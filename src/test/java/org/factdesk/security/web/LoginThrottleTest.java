package org.factdesk.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void an_account_is_paused_after_five_failures_until_the_window_passes_and_a_success_clears_it() {
        var clock = new ManualClock();
        var throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            throttle.check("Anna", "10.0.0." + i);
            throttle.failed("Anna", "10.0.0." + i);
        }
        assertThatThrownBy(() -> throttle.check("anna", "10.0.0.99")).isInstanceOf(LoginThrottle.ThrottledException.class)
                .hasMessageContaining("try again in 15 minutes");
        assertThatCode(() -> throttle.check("bert", "10.0.0.99")).doesNotThrowAnyException();

        clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.check("anna", "10.0.0.99")).doesNotThrowAnyException();

        throttle.failed("anna", "10.0.0.1");
        throttle.succeeded("anna");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertThatCode(() -> throttle.check("anna", "10.0.0.1")).doesNotThrowAnyException();
    }

    /**
     * Issue 37: behind a proxy or a NAT many people share an address. Past the address's limit its
     * failures answer as a pause, but no account that is not itself paused is locked out: a right
     * password from that address still passes the check.
     */
    @Test
    void an_address_over_its_limit_has_its_failures_paused_but_never_locks_out_a_right_password() {
        var throttle = new LoginThrottle(new ManualClock());
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.check("made-up" + i, "192.0.2.5");
            assertThat(throttle.failed("made-up" + i, "192.0.2.5")).as("failure %d", i + 1).isNull();
        }
        assertThat(throttle.failed("made-up-more", "192.0.2.5")).isNotNull()
                .extracting(LoginThrottle.ThrottledException::retryAfterSeconds).isEqualTo(15 * 60L);
        // The right password for an account nobody attacked: checked, not refused.
        assertThatCode(() -> throttle.check("admin", "192.0.2.5")).doesNotThrowAnyException();
        assertThat(throttle.failed("someone", "192.0.2.6")).as("another address").isNull();
    }
}
