package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;
import static org.strands.support.FieldErrors.valueOf;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/**
 * The email address a person signs in with through OpenID Connect: set by an area administrator on the add-person
 * form or with the API, one account per address whatever its case, audited. Without an issuer configured (as here)
 * the sign-in page has no provider button.
 */
@DataTest
class PersonEmailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

    private Api admin() {
        return Api.at(port).as("admin", "demo");
    }

    private void add(String username) {
        if (people.find(username).isEmpty()) {
            Api.Response added = admin().post("/api/v1/areas/stockport/people", """
                    {"username":"%s","displayName":"Emma Email","password":"a-long-enough-passphrase","roles":["MENTOR"]}""".formatted(username));
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
    }

    @Test
    void anAreaAdministratorSetsAndClearsAMembersEmailWhichIsListedAndAudited() {
        add("email-set");
        Api.Response set = admin().put("/api/v1/areas/stockport/people/email-set/email", "{\"email\":\"  Emma.Email@Example.org \"}");
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        assertThat(admin().get("/api/v1/areas/stockport/people").body()).contains("\"email\":\"Emma.Email@Example.org\"");
        assertThat(people.emailOf("email-set")).contains("Emma.Email@Example.org");
        assertThat(db.sql("select detail from audit_event where action = 'EMAIL_SET' and subject_id = 'email-set' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("From none to Emma.Email@Example.org; set by admin");

        assertThat(admin().put("/api/v1/areas/stockport/people/email-set/email", "{\"email\":\"\"}").status()).isEqualTo(204);
        assertThat(people.emailOf("email-set")).isEmpty();
    }

    @Test
    void anAreaAdministratorCannotSetTheEmailOfSomeoneWhoAlsoWorksElsewhere() {
        if (people.find("email-local-admin").isEmpty()) {
            assertThat(admin().post("/api/v1/areas/stockport/people", """
                    {"username":"email-local-admin","displayName":"Lou Local","password":"a-long-local-passphrase","roles":["ADMIN"]}""")
                    .status()).isEqualTo(201);
        }
        // whoever controls an account's address at the provider signs in as that account: here, the system administrator
        Api.Response refused = Api.at(port).as("email-local-admin", "a-long-local-passphrase")
                .put("/api/v1/areas/stockport/people/admin/email", "{\"email\":\"lou@example.org\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("column")).containsExactly("email");
        assertThat(people.emailOf("admin")).isEmpty();
    }

    @Test
    void anAddressAnotherAccountHasInAnyCaseIsRefusedNamingTheField() {
        add("email-first");
        add("email-second");
        assertThat(admin().put("/api/v1/areas/stockport/people/email-first/email", "{\"email\":\"shared@example.org\"}").status()).isEqualTo(204);
        Api.Response taken = admin().put("/api/v1/areas/stockport/people/email-second/email", "{\"email\":\"SHARED@example.ORG\"}");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.json().get("errors").findValuesAsString("column")).containsExactly("email");
        assertThat(taken.body()).contains("Another account already has this email address");
        // setting a person's own address again is not a clash
        assertThat(admin().put("/api/v1/areas/stockport/people/email-first/email", "{\"email\":\"Shared@Example.org\"}").status()).isEqualTo(204);
    }

    @Test
    void anAddressThatIsNotOneOrIsTooLongIsRefusedNamingTheField() {
        add("email-bad");
        for (String bad : List.of("not-an-address", "two@at@example.org", "spaced out@example.org", "a@" + "b".repeat(320) + ".org")) {
            Api.Response refused = admin().put("/api/v1/areas/stockport/people/email-bad/email", "{\"email\":\"" + bad + "\"}");
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.json().get("errors").findValuesAsString("column")).as(bad).containsExactly("email");
        }
        assertThat(people.emailOf("email-bad")).isEmpty();
    }

    @Test
    void twoPeopleGivenOneAddressAtOnceGetOneAnswerEachAndNeverAServerError() throws Exception {
        List<String> usernames = List.of("email-race-a", "email-race-b", "email-race-c", "email-race-d");
        usernames.forEach(this::add);
        CountDownLatch ready = new CountDownLatch(usernames.size());
        try (ExecutorService threads = Executors.newFixedThreadPool(usernames.size())) {
            List<CompletableFuture<Api.Response>> answers = usernames.stream().map(u -> CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return admin().put("/api/v1/areas/stockport/people/" + u + "/email", "{\"email\":\"race@example.org\"}");
            }, threads)).toList();
            List<Integer> statuses = answers.stream().map(a -> a.join().status()).toList();
            assertThat(statuses).containsOnly(204, 422).containsOnlyOnce(204);
        }
        assertThat(db.sql("select count(*) from person where lower(email) = 'race@example.org'").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theAddPersonFormTakesAnEmailAndShowsAMistakeBesideIt() {
        FormSession admin = new FormSession(port);
        admin.signIn("admin", "demo");
        String csrf = admin.csrfToken("/areas/stockport/people");
        HttpResponse<String> wrong = admin.post("/areas/stockport/people", "username", "email-form", "displayName", "Fran Form",
                "password", "a-long-enough-passphrase", "email", "fran-at-example.org", "roles", "MENTOR", "_csrf", csrf);
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertErrorBeside(wrong.body(), "email", "Enter an email address in the right form, like name@example.org.");
        assertThat(valueOf(wrong.body(), "email")).isEqualTo("fran-at-example.org");
        assertThat(people.find("email-form")).isEmpty();

        HttpResponse<String> added = admin.post("/areas/stockport/people", "username", "email-form", "displayName", "Fran Form",
                "password", "a-long-enough-passphrase", "email", "fran@example.org", "roles", "MENTOR", "_csrf", csrf);
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(people.emailOf("email-form")).contains("fran@example.org");
        assertThat(admin.get("/areas/stockport/people").body()).contains("fran@example.org");
    }

    @Test
    void withoutAnIssuerTheSignInPageHasOnlyTheUsernameAndPassword() {
        HttpResponse<String> page = new FormSession(port).get("/sign-in");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"password\"").doesNotContain("Sign in with").doesNotContain("/oauth2/authorization/");
        HttpResponse<String> start = new FormSession(port).get("/oauth2/authorization/oidc");
        assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
    }
}
