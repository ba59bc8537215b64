package org.strands.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/** Failed sign-ins slow down guessing for that account and that address alone, before any password is hashed. */
@DataTest
class SignInThrottleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void afterFiveFailuresTheApiAnswers429EvenToTheRightPasswordAndOtherAccountsGoOn() {
        people.ensure("guessed-api", "Guessed by API", "the right passphrase", false);
        people.ensure("untouched-api", "Not guessed", "another passphrase", false);
        for (int i = 0; i < 5; i++) {
            assertThat(Api.at(port).as("guessed-api", "guess " + i).get("/api/v1/areas").status()).isEqualTo(401);
        }
        Api.Response refused = Api.at(port).as("guessed-api", "the right passphrase").get("/api/v1/areas");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(25L, 30L);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("There have been too many failed attempts to sign in, to this account or from your network. "
                        + "Wait 30 seconds, then try again.");
        assertThat(Api.at(port).as("untouched-api", "another passphrase").get("/api/v1/areas").status()).isEqualTo(200);
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_THROTTLED' and actor = 'guessed-api'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void aWaitIsAuditedOnceWithHowManyItHeldBackNotOnceARefusal() {
        people.ensure("flooded-api", "Flooded by API", "the right passphrase", false);
        for (int i = 0; i < 5; i++) {
            Api.at(port).as("flooded-api", "guess " + i).get("/api/v1/areas");
        }
        for (int i = 0; i < 4; i++) {
            assertThat(Api.at(port).as("flooded-api", "guess again " + i).get("/api/v1/areas").status()).isEqualTo(429);
        }
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_THROTTLED' and actor = 'flooded-api'")
                .query(Long.class).single()).isOne();
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = 'flooded-api'")
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void afterFiveFailuresTheFormAnswers429WithThePageSayingHowLongToWait() {
        people.ensure("guessed-form", "Guessed by form", "the right passphrase", false);
        for (int i = 0; i < 5; i++) {
            assertThat(new FormSession(port).signIn("guessed-form", "guess " + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/sign-in?error");
        }
        HttpResponse<String> refused = new FormSession(port).signIn("guessed-form", "the right passphrase");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Wait before you try again", "Wait 30 seconds, then try again.", "name=\"username\"");
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_THROTTLED' and actor = 'guessed-form'")
                .query(Long.class).single()).isOne();
        HttpResponse<String> direct = new FormSession(port).get("/sign-in/wait");
        assertThat(direct.statusCode()).as("opened directly").isEqualTo(200);
        assertThat(direct.body()).doesNotContain("Wait before you try again");
    }

    @Test
    void aHeldBackAttemptComputesNoPasswordHash() {
        people.ensure("guessed-hash", "Guessed", "the right passphrase", false);
        AtomicInteger hashes = new AtomicInteger();
        ProviderManager signIn = signInCounting(hashes);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("guessed-hash", "wrong", "192.0.2.10")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(hashes).hasValue(5);
        assertThatThrownBy(() -> signIn.authenticate(attempt("guessed-hash", "the right passphrase", "192.0.2.10")))
                .isInstanceOf(SignInThrottled.class);
        assertThat(hashes).as("no hash for the held-back attempt").hasValue(5);
    }

    @Test
    void aSuccessForgetsTheAccountsEarlierFailures() {
        people.ensure("forgetful", "Forgetful", "the right passphrase", false);
        ProviderManager signIn = signInCounting(new AtomicInteger());
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> signIn.authenticate(attempt("forgetful", "wrong", "192.0.2.20")))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThat(signIn.authenticate(attempt("forgetful", "the right passphrase", "192.0.2.20")).isAuthenticated()).isTrue();
        }
    }

    @Test
    void manyFailuresFromOneAddressHoldBackThatAddressAloneWhateverTheAccount() {
        AtomicInteger hashes = new AtomicInteger();
        ProviderManager signIn = signInCounting(hashes);
        people.ensure("fresh-account", "Fresh", "the right passphrase", false);
        for (int i = 0; i < 50; i++) {
            String sprayed = "sprayed-" + i;
            assertThatThrownBy(() -> signIn.authenticate(attempt(sprayed, "password1", "198.51.100.7")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt("fresh-account", "the right passphrase", "198.51.100.7")))
                .isInstanceOf(SignInThrottled.class);
        assertThat(signIn.authenticate(attempt("fresh-account", "the right passphrase", "198.51.100.8")).isAuthenticated()).isTrue();
    }

    /** The application's own sign-in (provider, throttle, events), with a real encoder that counts its hashes. */
    private ProviderManager signInCounting(AtomicInteger hashes) {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return encoder.encode(raw); // once, for the timing of unknown usernames: not a sign-in's hash
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashes.incrementAndGet();
                return encoder.matches(raw, encoded);
            }
        };
        ProviderManager manager = new ProviderManager(new DemoPasswordRefusingProvider(accounts, counting, policy, throttle));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    private static Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return attempt;
    }
}
