package org.strands.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestOidcProvider;
import org.strands.support.TestOidcProvider.Account;

/**
 * Sign-in through a real OpenID Connect provider started by the test: the verified email address finds the Strands
 * account (whatever its case), what the person may do comes from Strands, and everyone else is refused with a page
 * that says why. Strands is reached at 127.0.0.1 and the provider at localhost, as in {@link TestOidcProvider}.
 */
@DataTest
class OidcSignInIntegrationTests {

    static final TestOidcProvider PROVIDER = TestOidcProvider.start();
    static final String USERNAME = "oidc-practitioner";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        PROVIDER.strandsProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

    /** A practitioner of Stockport whose email in Strands differs from the provider's only in case. */
    @BeforeEach
    void aPractitionerWithAnEmail() {
        if (people.find(USERNAME).isEmpty()) {
            Api.Response added = Api.at(port).as("admin", "demo").post("/api/v1/areas/stockport/people", """
                    {"username":"%s","displayName":"Olive Oidc","password":"a-long-enough-passphrase","roles":["PRACTITIONER"],
                     "email":"OIDC.Person@Strands.TEST"}""".formatted(USERNAME));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
    }

    @Test
    void theSignInPageOffersTheProvider() {
        HttpResponse<String> page = new Visitor().get(app("/sign-in"));
        assertThat(page.body()).contains("Sign in with Test provider")
                .contains("href=\"/oauth2/authorization/" + TestOidcProvider.REGISTRATION_ID + "\"");
    }

    @Test
    void aVerifiedEmailSignsInAsTheStrandsAccountWithItsStrandsRolesAlone() {
        Visitor visitor = new Visitor();
        HttpResponse<String> home = visitor.signInAtProvider(TestOidcProvider.KNOWN);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().toString()).isEqualTo(app("/"));
        assertThat(home.body()).contains("Stockport").contains(USERNAME);
        // the provider claims ADMIN and SYSTEM_ADMIN roles: Strands ignores them
        assertThat(visitor.get(app("/areas/stockport")).statusCode()).isEqualTo(200);
        assertThat(visitor.get(app("/areas/stockport/people")).statusCode()).isEqualTo(403);
        assertThat(visitor.get(app("/admin/areas")).statusCode()).isEqualTo(403);
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN' and actor = ? and detail = 'OpenID Connect'")
                .param(USERNAME).query(Integer.class).single()).isPositive();
    }

    @Test
    void anEmailNoAccountHasIsRefusedWithAPageSayingSoAndAudited() {
        Visitor visitor = new Visitor();
        HttpResponse<String> refused = visitor.signInAtProvider(TestOidcProvider.STRANGER);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot sign in to Strands")
                .contains("There is no Strands account with the email address nobody@strands.test");
        assertThat(visitor.get(app("/")).uri().getPath()).isEqualTo("/sign-in");
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = ? and detail = ?")
                .params(TestOidcProvider.STRANGER.email(), "OpenID Connect: no_strands_account").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void anEmailTheProviderHasNotVerifiedIsRefusedEvenThoughAnAccountHasIt() {
        Visitor visitor = new Visitor();
        HttpResponse<String> refused = visitor.signInAtProvider(TestOidcProvider.UNVERIFIED);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Test provider has not confirmed that oidc.person@strands.test is your email address");
        assertThat(visitor.get(app("/")).uri().getPath()).isEqualTo("/sign-in");
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and detail = ?")
                .param("OpenID Connect: email_not_verified").query(Integer.class).single()).isPositive();
    }

    @Test
    void anAnswerFromTheProviderThatCannotBeCheckedGoesBackToSignInSayingSoAndIsAudited() {
        Visitor visitor = new Visitor();
        // a code and state Strands never asked for, as a forged or replayed redirect would bring
        HttpResponse<String> back = visitor.get(app("/login/oauth2/code/" + TestOidcProvider.REGISTRATION_ID + "?code=forged&state=forged"));

        assertThat(back.uri().toString()).isEqualTo(app("/sign-in?provider-error"));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Signing in with Test provider did not work.");
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and detail = ?")
                .param("OpenID Connect: authorization_request_not_found").query(Integer.class).single()).isPositive();
    }

    @Test
    void aSwitchedOffAccountCannotSignInWithItsEmail() {
        people.ensure("oidc-switched-off", "Sam Switched", "a-long-enough-passphrase", false);
        people.setEmail("oidc-switched-off", "switched.off@strands.test");
        db.sql("update person set enabled = false where username = 'oidc-switched-off'").update();
        // the provider's stranger has another address; give this account the stranger's for the length of the test
        people.setEmail("oidc-switched-off", TestOidcProvider.STRANGER.email());
        try {
            HttpResponse<String> refused = new Visitor().signInAtProvider(TestOidcProvider.STRANGER);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("There is no Strands account with the email address nobody@strands.test");
        } finally {
            people.setEmail("oidc-switched-off", null);
        }
    }

    @Test
    void twoSignInsWithTheSameEmailAtOnceBothSucceed() throws Exception {
        List<Visitor> visitors = List.of(new Visitor(), new Visitor(), new Visitor(), new Visitor());
        visitors.forEach(Visitor::openProviderSignIn);
        CountDownLatch ready = new CountDownLatch(visitors.size());
        try (ExecutorService threads = Executors.newFixedThreadPool(visitors.size())) {
            List<CompletableFuture<HttpResponse<String>>> answers = visitors.stream()
                    .map(v -> CompletableFuture.supplyAsync(() -> {
                        ready.countDown();
                        awaitQuietly(ready);
                        return v.submitProviderSignIn(TestOidcProvider.KNOWN);
                    }, threads)).toList();
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> home = answer.get();
                assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
                assertThat(home.uri().toString()).isEqualTo(app("/"));
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A browser without JavaScript: keeps cookies for Strands and the provider apart, and follows redirects. */
    final class Visitor {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private String providerCsrfToken;

        HttpResponse<String> signInAtProvider(Account account) {
            openProviderSignIn();
            return submitProviderSignIn(account);
        }

        /** Follows the button on the sign-in page to the provider's own sign-in form. */
        void openProviderSignIn() {
            HttpResponse<String> form = get(app("/oauth2/authorization/" + TestOidcProvider.REGISTRATION_ID));
            assertThat(form.uri().toString()).isEqualTo(PROVIDER.issuer() + "/login");
            Matcher token = CSRF.matcher(form.body());
            assertThat(token.find()).as(form.body()).isTrue();
            providerCsrfToken = token.group(1);
        }

        /** Signs in at the provider, which sends the browser back to Strands; the answer at the end of the redirects. */
        HttpResponse<String> submitProviderSignIn(Account account) {
            String form = "username=" + URLEncoder.encode(account.username(), StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(TestOidcProvider.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + providerCsrfToken;
            return send(HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
