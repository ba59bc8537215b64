package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/** Every error a browser meets is a page with the layout and sign-out; every error an API client meets is a problem. */
@DataTest
class ErrorPagesIntegrationTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    private FormSession signedIn(String user) {
        FormSession session = new FormSession(port);
        session.signIn(user, "demo");
        return session;
    }

    private static void isAPageWithTheLayout(HttpResponse<String> response, int status, String heading) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).contains("class=\"strands-header\"", "Sign out", "name=\"_csrf\"",
                "govuk-service-navigation", "<h1 class=\"govuk-heading-xl\">" + heading + "</h1>")
                .doesNotContain("\"status\":", "Whitelabel", "Exception");
    }

    private static void isAProblem(int statusCode, java.net.http.HttpHeaders headers, String body, int status) {
        assertThat(statusCode).isEqualTo(status);
        assertThat(headers.firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(body).contains("\"status\":" + status).doesNotContain("<html", "Exception", "org.springframework");
    }

    @Test
    void aBrowserAskingForAPageThatIsNotThereGetsANotFoundPageWithTheLayout() {
        isAPageWithTheLayout(signedIn("commissioner").get("/areas/stockport/no-such-page", BROWSER), 404, "Page not found");
    }

    @Test
    void aBrowserAskingForAnAreaThatIsNotThereGetsANotFoundPageWithTheLayout() {
        isAPageWithTheLayout(signedIn("commissioner").get("/areas/no-such-area", BROWSER), 404, "Page not found");
    }

    @Test
    void aBrowserRefusedBySecurityGetsAForbiddenPageWithTheLayout() {
        isAPageWithTheLayout(signedIn("commissioner").get("/admin/areas", BROWSER), 403, "You cannot do this");
    }

    @Test
    void aBrowserSendingAValueOfTheWrongKindGetsABadRequestPageWithTheLayout() {
        isAPageWithTheLayout(signedIn("commissioner").get("/areas/stockport/provision?partnerType=NOT_A_TYPE", BROWSER), 400,
                "Sorry, that request was not understood");
    }

    @Test
    void aBrowserSendingAValueAPageCannotUseGetsABadRequestPageSayingWhy() {
        HttpResponse<String> response = signedIn("commissioner").get("/areas/stockport/provision?ageBand=7-70", BROWSER);
        isAPageWithTheLayout(response, 400, "Sorry, that request was not understood");
        assertThat(response.body()).contains("Choose an age band");
    }

    @Test
    void aFormSentAfterTheSessionEndedGoesBackToSignInSayingSo() throws Exception {
        // the browser still holds the cookie of a session the server no longer has
        HttpResponse<String> sent = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/areas/stockport/provision/actions")).header("Accept", BROWSER)
                .header("Cookie", "SESSION=" + java.util.Base64.getEncoder().encodeToString("ended-long-ago".getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=Kept+in+mind&_csrf=from-the-old-page")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?expired");
        assertThat(new FormSession(port).get("/sign-in?expired").body()).contains("You were signed out after a time without use");
    }

    @Test
    void aBrowserUsingAMethodAPageDoesNotTakeGetsAPageWithTheLayout() {
        FormSession session = signedIn("commissioner");
        isAPageWithTheLayout(session.send("PATCH", "/areas/stockport?_csrf=" + session.csrfToken("/areas/stockport"), BROWSER), 405,
                "Sorry, that cannot be done here");
    }

    @Test
    void anErrorWithoutAStatusIsAServerErrorPageForABrowserAndAProblemForAClient() {
        FormSession session = signedIn("lead");
        isAPageWithTheLayout(session.get("/error", BROWSER), 500, "Sorry, there is a problem");
        HttpResponse<String> problem = session.get("/error", JSON);
        isAProblem(problem.statusCode(), problem.headers(), problem.body(), 500);
    }

    @Test
    void aBrowserAskingForAnApiAddressThatIsNotThereGetsAProblemNotAPage() {
        HttpResponse<String> response = signedIn("commissioner").get("/api/v1/areas/stockport/no-such-thing", BROWSER);
        isAProblem(response.statusCode(), response.headers(), response.body(), 404);
    }

    @Test
    void aPageAskedForAsJsonAnswersWithAProblem() {
        HttpResponse<String> response = signedIn("commissioner").get("/admin/areas", JSON);
        isAProblem(response.statusCode(), response.headers(), response.body(), 403);
        HttpResponse<String> missing = signedIn("commissioner").get("/areas/stockport/no-such-page", JSON);
        isAProblem(missing.statusCode(), missing.headers(), missing.body(), 404);
    }

    @Test
    void theApiAnswersEachErrorWithAProblemInPlainWords() {
        Api api = Api.at(port).as("commissioner", "demo");
        Api.Response missing = api.get("/api/v1/areas/stockport/no-such-thing");
        isAProblem(missing.status(), missing.headers(), missing.body(), 404);
        Api.Response forbidden = api.get("/api/v1/admin/reference-data");
        isAProblem(forbidden.status(), forbidden.headers(), forbidden.body(), 403);
        Api.Response mismatch = api.get("/api/v1/areas/stockport/provision/map?partnerType=NOT_A_TYPE");
        isAProblem(mismatch.status(), mismatch.headers(), mismatch.body(), 400);
        assertThat(mismatch.json().get("detail").asString()).isEqualTo("“NOT_A_TYPE” is not a valid value for partnerType.");
        Api.Response unreadable = api.post("/api/v1/areas/stockport/provision/offers", "{not json");
        isAProblem(unreadable.status(), unreadable.headers(), unreadable.body(), 400);
        assertThat(unreadable.json().get("detail").asString()).startsWith("The request body could not be read");
        Api.Response method = api.delete("/api/v1/areas/stockport/provision/map");
        isAProblem(method.status(), method.headers(), method.body(), 405);
    }
}
