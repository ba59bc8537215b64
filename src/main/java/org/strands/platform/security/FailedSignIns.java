package org.strands.platform.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins of one account or one client address. A Bucket4j bucket holds the failures still allowed
 * in the window; once none is left, that failure and every further one make the next attempt wait, twice as
 * long each time up to the longest wait. Only a success or a quiet spell (the {@link SignInThrottle} then
 * forgets these failures) starts afresh.
 */
final class FailedSignIns {

    private final Bucket allowance;
    private final Clock clock;
    private final Duration firstWait;
    private final Duration longestWait;
    private int beyondAllowance;
    private Instant waitUntil = Instant.MIN;

    FailedSignIns(int allowed, Duration window, Duration firstWait, Duration longestWait, Clock clock) {
        this.clock = clock;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.allowance = Bucket.builder()
                .addLimit(limit -> limit.capacity(allowed).refillIntervally(allowed, window))
                .withCustomTimePrecision(new ClockTime(clock))
                .build();
    }

    /** How long the next attempt must still wait; zero when it may go ahead. */
    synchronized Duration waitLeft() {
        Duration left = Duration.between(clock.instant(), waitUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void failed() {
        allowance.tryConsume(1);
        if (allowance.getAvailableTokens() == 0 || beyondAllowance > 0) {
            Duration wait = firstWait.multipliedBy(1L << Math.min(beyondAllowance, 20));
            waitUntil = clock.instant().plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
            beyondAllowance++;
        }
    }

    /** Bucket4j's time read from the application's clock. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
