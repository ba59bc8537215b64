package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

@DataTest
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void everyResponseCarriesStrictSecurityHeaders() {
        HttpResponse<String> page = new FormSession(port).get("/sign-in");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        HttpResponse<String> response = new FormSession(port).post("/sign-in", "username", "admin", "password", "demo");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void signInWithTheFormIsAuditedAndOpensTheAreaPages() {
        FormSession session = new FormSession(port);
        assertThat(session.get("/areas/stockport").statusCode()).isEqualTo(302);
        HttpResponse<String> signedIn = session.signIn("commissioner", "demo");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(session.get("/areas/stockport").body()).contains("Children aged 15 and under");
        assertThat(auditCount("commissioner", "SIGN_IN")).isPositive();
    }

    @Test
    void aFailedSignInIsAuditedAndShowsAnError() {
        FormSession session = new FormSession(port);
        long before = auditCount("mentor", "SIGN_IN_FAILED");
        HttpResponse<String> response = session.signIn("mentor", "wrong");
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?error");
        assertThat(session.get("/sign-in?error").body()).contains("The username or password is not right");
        assertThat(auditCount("mentor", "SIGN_IN_FAILED")).isEqualTo(before + 1);
    }

    @Test
    void theApiAnswersUnauthenticatedCallsWithAProblem() {
        Api.Response response = Api.at(port).get("/api/v1/areas/stockport/small-areas");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aSignedInBrowserCannotPostToTheApiWithoutItsCsrfToken() {
        FormSession session = new FormSession(port);
        session.signIn("lead", "demo");
        assertThat(session.get("/api/v1/areas/stockport/localities").statusCode()).isEqualTo(200);
        assertThat(session.post("/api/v1/areas/stockport/venues/import", "name", "x").statusCode()).isEqualTo(403);
    }

    @Test
    void aCrossSiteRequestNeedsItsCsrfTokenEvenWithCredentials() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/areas/stockport/venues"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("lead:demo".getBytes()))
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Forged\",\"kind\":\"clinic\"}")).build();
        assertThat(java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void aBrowserOpeningTheApiIsNotAskedForBasicCredentials() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/areas"))
                .header("Accept", "text/html,application/xhtml+xml").GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aFailedApiSignInIsAudited() {
        long before = auditCount("practitioner", "SIGN_IN_FAILED");
        assertThat(Api.at(port).as("practitioner", "wrong").get("/api/v1/areas").status()).isEqualTo(401);
        assertThat(auditCount("practitioner", "SIGN_IN_FAILED")).isEqualTo(before + 1);
    }

    @Test
    void theAuditLogCannotBeChangedOrEmptied() {
        // the application's role may not (AuditLogRoleIntegrationTests); the triggers refuse even the owner
        db.sql("insert into audit_event (actor, action) values ('test', 'TEST')").update();
        assertThatThrownBy(() -> db.sql("update audit_event set actor = 'someone else'").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.sql("delete from audit_event").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> db.sql("truncate audit_event").update()).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void aSessionIsWrittenWhenItChangesNotOnEveryRequest() throws InterruptedException {
        FormSession session = new FormSession(port);
        session.signIn("mentor", "demo");
        String latest = "select max(last_access_time) from spring_session where principal_name = 'mentor'";
        long signedIn = db.sql(latest).query(Long.class).single();
        Thread.sleep(20);
        assertThat(session.get("/areas/stockport").statusCode()).isEqualTo(200);
        assertThat(db.sql(latest).query(Long.class).single()).as("a read a moment later leaves the session's row alone").isEqualTo(signedIn);
        session.post("/sign-out", "_csrf", session.csrfToken("/areas/stockport"));
        assertThat(session.get("/areas/stockport").statusCode()).as("signed out at once, whatever the row's time").isEqualTo(302);
    }

    @Test
    void readingAProtectedRecordIsAudited() {
        FormSession session = new FormSession(port);
        session.signIn("practitioner", "demo");
        long before = db.sql("select count(*) from audit_event where actor = 'practitioner' and action = 'READ' and subject_id = '106074'")
                .query(Long.class).single();
        assertThat(session.get("/areas/stockport/settings/106074").statusCode()).isEqualTo(200);
        assertThat(db.sql("select count(*) from audit_event where actor = 'practitioner' and action = 'READ' and subject_id = '106074'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void aPageOfAnotherAreaIsNotFound() {
        FormSession session = new FormSession(port);
        session.signIn("senco", "demo");
        assertThat(session.get("/areas/somewhere-else").statusCode()).isEqualTo(404);
    }

    private long auditCount(String actor, String action) {
        return db.sql("select count(*) from audit_event where actor = ? and action = ?").params(actor, action).query(Long.class).single();
    }
}
