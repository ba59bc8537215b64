package org.strands.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;
import org.strands.platform.Copy;

/** A sign-in refused before its password was looked at, because too many have failed lately. */
class SignInThrottled extends AuthenticationException {

    private final Duration wait;

    SignInThrottled(Duration wait) {
        super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one: the Retry-After header's value. */
    long retryAfterSeconds() {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    /** The wait in plain words, for a person: "… Wait 2 minutes, then try again." */
    String advice() {
        long seconds = retryAfterSeconds();
        return Copy.of("signIn.throttled", seconds < 60 ? Copy.of("count.seconds", seconds) : Copy.of("count.minutes", (seconds + 59) / 60));
    }
}
