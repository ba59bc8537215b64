package org.strands.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are allowed before attempts must wait, and how long they wait.
 *
 * @param accountFailures failures allowed for one account within the window
 * @param addressFailures failures allowed from one client address within the window (many people may share a
 *     school's or a trust's address, so more than for one account)
 * @param window the time in which those failures are counted
 * @param firstWait the wait after the last allowed failure; it doubles with every further failure
 * @param longestWait the most an attempt is ever made to wait
 * @param refusalDelay how long a refused attempt is held before it is answered, so that a script that keeps trying
 *     slows itself down instead of the service (the request waits on a virtual thread, which costs next to nothing)
 */
@ConfigurationProperties("strands.sign-in")
record SignInThrottleSettings(@DefaultValue("5") int accountFailures, @DefaultValue("50") int addressFailures,
        @DefaultValue("15m") Duration window, @DefaultValue("30s") Duration firstWait, @DefaultValue("15m") Duration longestWait,
        @DefaultValue("1s") Duration refusalDelay) {
}
