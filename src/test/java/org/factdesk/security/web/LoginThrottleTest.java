package org.factdesk.security.web;

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

    @Test
    void an_address_that_tries_many_accounts_is_paused_for_all_of_them() {
        var throttle = new LoginThrottle(new ManualClock());
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.5");
        }
        assertThatThrownBy(() -> throttle.check("someone-new", "192.0.2.5"))
                .isInstanceOf(LoginThrottle.ThrottledException.class);
        assertThatCode(() -> throttle.check("someone-new", "192.0.2.6")).doesNotThrowAnyException();
    }
}
