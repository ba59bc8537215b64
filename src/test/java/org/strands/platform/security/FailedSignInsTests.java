package org.strands.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FailedSignInsTests {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T09:00:00Z");

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final FailedSignIns failures = new FailedSignIns(5, Duration.ofMinutes(15), Duration.ofSeconds(30),
            Duration.ofMinutes(15), clock);

    @Test
    void fourFailuresCostNoWaitAndTheFifthMakesTheNextAttemptWaitHalfAMinute() {
        for (int i = 0; i < 4; i++) {
            failures.failed();
            assertThat(failures.waitLeft()).isZero();
        }
        failures.failed();
        assertThat(failures.waitLeft()).isEqualTo(Duration.ofSeconds(30));
        clock.pass(Duration.ofSeconds(10));
        assertThat(failures.waitLeft()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            failures.failed();
        }
        Duration expected = Duration.ofSeconds(30);
        for (int i = 0; i < 8; i++) {
            assertThat(failures.waitLeft()).isEqualTo(expected);
            clock.pass(failures.waitLeft());
            assertThat(failures.waitLeft()).isZero();
            failures.failed();
            expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : expected.multipliedBy(2);
        }
        assertThat(failures.waitLeft()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aNewWindowDoesNotStartTheWaitsAgain() {
        for (int i = 0; i < 7; i++) {
            clock.pass(failures.waitLeft());
            failures.failed();
        }
        assertThat(failures.waitLeft()).isEqualTo(Duration.ofMinutes(2));
        clock.pass(Duration.ofMinutes(16));
        failures.failed();
        assertThat(failures.waitLeft()).isEqualTo(Duration.ofMinutes(4));
    }
}
