package org.strands.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.strands.platform.AuditTrail;

/**
 * Slows down guessing: counts failed sign-ins (form and HTTP Basic) per account and per client address, and
 * refuses an attempt that must still wait before its password is looked at, so that a refused attempt costs no
 * password hash. Other accounts and addresses go on as before. Held in this node's memory: with several nodes
 * behind a balancer, each counts the failures it sees.
 */
@Component
class SignInThrottle {

    /** The longest username kept as a key; longer ones are cut (and cannot be anyone's). */
    private static final int LONGEST_KEY = 200;

    private final SignInThrottleSettings settings;
    private final Clock clock;
    private final AuditTrail audit;
    private final Cache<String, FailedSignIns> accounts;
    private final Cache<String, FailedSignIns> addresses;
    private final Cache<String, HeldBack> heldBack;

    SignInThrottle(SignInThrottleSettings settings, Clock clock, AuditTrail audit) {
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        Duration forgetAfter = settings.window().plus(settings.longestWait());
        this.accounts = Caffeine.newBuilder().expireAfterAccess(forgetAfter).maximumSize(100_000).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(forgetAfter).maximumSize(100_000).build();
        this.heldBack = Caffeine.newBuilder().expireAfterAccess(forgetAfter).maximumSize(100_000).build();
    }

    /**
     * Refuses the attempt if its account or its address must still wait. The first refusal of each wait is audited,
     * with how many attempts the wait before it held back; the rest are counted, not written one by one, so that a
     * flood of refused attempts costs no database write each.
     */
    void check(Authentication attempt) {
        String account = account(attempt);
        String address = address(attempt);
        Duration accountWait = waitLeft(accounts, account);
        Duration addressWait = waitLeft(addresses, address);
        Duration wait = max(accountWait, addressWait);
        if (!wait.isZero()) {
            String held = accountWait.compareTo(addressWait) >= 0 ? "account " + account : "address " + address;
            heldBack.get(held, key -> new HeldBack()).refused(clock.instant(), wait).ifPresent(before ->
                    audit.recordAs(account, null, "SIGN_IN_THROTTLED", "person", account,
                            "Refused without checking the password; " + wait.toSeconds() + " s still to wait"
                                    + (before > 0 ? "; " + before + " more attempts were refused during the wait before" : "")));
            holdBriefly();
            throw new SignInThrottled(wait);
        }
    }

    private void holdBriefly() {
        try {
            Thread.sleep(settings.refusalDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The refusals of one account or address: when the current wait ends, and how many it has refused so far. */
    private static final class HeldBack {

        private Instant waitEnds = Instant.MIN;
        private long refusedSinceAudited;

        /** The number refused during the wait before, if this refusal begins a new wait (and is to be audited). */
        synchronized OptionalLong refused(Instant now, Duration wait) {
            if (now.isBefore(waitEnds)) {
                refusedSinceAudited++;
                return OptionalLong.empty();
            }
            long before = refusedSinceAudited;
            refusedSinceAudited = 0;
            waitEnds = now.plus(wait);
            return OptionalLong.of(before);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInThrottled) {
            return;
        }
        accounts.get(account(event.getAuthentication()), key -> failures(settings.accountFailures())).failed();
        Optional.ofNullable(address(event.getAuthentication()))
                .ifPresent(address -> addresses.get(address, key -> failures(settings.addressFailures())).failed());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.invalidate(account(event.getAuthentication()));
    }

    private FailedSignIns failures(int allowed) {
        return new FailedSignIns(allowed, settings.window(), settings.firstWait(), settings.longestWait(), clock);
    }

    private static Duration waitLeft(Cache<String, FailedSignIns> failures, String key) {
        FailedSignIns found = key == null ? null : failures.getIfPresent(key);
        return found == null ? Duration.ZERO : found.waitLeft();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String account(Authentication attempt) {
        String name = String.valueOf(attempt.getName()).strip().toLowerCase(Locale.ROOT);
        return name.length() > LONGEST_KEY ? name.substring(0, LONGEST_KEY) : name;
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
