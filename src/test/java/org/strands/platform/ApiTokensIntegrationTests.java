package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import tools.jackson.databind.JsonNode;

/** A person creates named API tokens, uses them as Bearer credentials with their own roles, and revokes them. */
@DataTest
class ApiTokensIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aTokenIsShownOnceKeptAsAHashAndActsWithItsOwnersRoles() {
        Api commissioner = Api.at(port).as("commissioner", "demo");
        Api.Response created = commissioner.post("/api/v1/me/tokens", "{\"name\":\"nightly export\",\"days\":90}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.json().get("token").asString();
        String id = created.json().get("id").asString();
        assertThat(token).startsWith("strands_").hasSizeGreaterThan(40);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/me/tokens/" + id);
        assertThat(Duration.between(Instant.now(), Instant.parse(created.json().get("expiresAt").asString())).toDays()).isBetween(89L, 90L);
        assertThat(db.sql("select count(*) from api_token where token_hash = ? or name = ?").params(token, token)
                .query(Long.class).single()).as("the secret itself is not stored").isZero();

        Api bearer = Api.at(port).withToken(token);
        assertThat(bearer.get("/api/v1/areas/stockport/glance").status()).isEqualTo(200);
        assertThat(bearer.get("/api/v1/areas/stockport/people").status()).as("a commissioner manages no people").isEqualTo(403);
        assertThat(bearer.post("/api/v1/areas/stockport/provision/actions", "{").status())
                .as("a token needs no CSRF token; the malformed body is refused, not the caller").isEqualTo(400);

        JsonNode listed = commissioner.get("/api/v1/me/tokens").json();
        JsonNode mine = find(listed, id);
        assertThat(mine.get("name").asString()).isEqualTo("nightly export");
        assertThat(mine.get("lastUsedAt").isNull()).as("its use is noted").isFalse();
        assertThat(mine.has("token")).isFalse();
        assertThat(listed.toString()).doesNotContain(token);
        assertThat(audit("API_TOKEN_CREATED", id)).isOne();
    }

    @Test
    void aRevokedOrExpiredTokenNoLongerWorksAndOnlyItsOwnerRevokesIt() {
        Api lead = Api.at(port).as("lead", "demo");
        JsonNode first = lead.post("/api/v1/me/tokens", "{\"name\":\"to revoke\"}").json();
        JsonNode second = lead.post("/api/v1/me/tokens", "{\"name\":\"to expire\",\"days\":1}").json();
        assertThat(Api.at(port).as("mentor", "demo").delete("/api/v1/me/tokens/" + first.get("id").asString()).status())
                .as("someone else's token").isEqualTo(404);
        assertThat(lead.delete("/api/v1/me/tokens/" + first.get("id").asString()).status()).isEqualTo(204);
        Api.Response revoked = Api.at(port).withToken(first.get("token").asString()).get("/api/v1/areas");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("detail").asString()).contains("not valid");
        assertThat(revoked.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(audit("API_TOKEN_REVOKED", first.get("id").asString())).isOne();

        assertThat(Api.at(port).withToken(second.get("token").asString()).get("/api/v1/areas").status()).isEqualTo(200);
        db.sql("update api_token set expires_at = now() - interval '1 minute' where id = ?::uuid").param(second.get("id").asString()).update();
        assertThat(Api.at(port).withToken(second.get("token").asString()).get("/api/v1/areas").status()).isEqualTo(401);
        assertThat(Api.at(port).withToken("strands_made-up").get("/api/v1/areas").status()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeAnotherToken() {
        String token = Api.at(port).as("practitioner", "demo").post("/api/v1/me/tokens", "{\"name\":\"script\"}").json().get("token").asString();
        Api.Response refused = Api.at(port).withToken(token).post("/api/v1/me/tokens", "{\"name\":\"another\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("signed in with your password");
    }

    @Test
    void aBadRequestNamesTheField() {
        Api admin = Api.at(port).as("admin", "demo");
        assertThat(fieldOf(admin.post("/api/v1/me/tokens", "{\"days\":30}"))).isEqualTo("name");
        assertThat(fieldOf(admin.post("/api/v1/me/tokens", "{\"name\":\"x\",\"days\":0}"))).isEqualTo("days");
        assertThat(fieldOf(admin.post("/api/v1/me/tokens", "{\"name\":\"x\",\"days\":367}"))).isEqualTo("days");
        assertThat(fieldOf(admin.post("/api/v1/me/tokens", "{\"name\":\"" + "n".repeat(201) + "\"}"))).isEqualTo("name");
    }

    @Test
    void theAccountPageShowsANewTokenOnceAndRevokesIt() {
        FormSession session = new FormSession(port);
        session.signIn("mentor", "demo");
        assertErrorBeside(session.post("/account/tokens", "_csrf", session.csrfToken("/account/tokens"), "name", "", "days", "90").body(),
                "name", "Enter a name for the token");
        assertErrorBeside(session.post("/account/tokens", "_csrf", session.csrfToken("/account/tokens"), "name", "x", "days", "abc").body(),
                "days", "is not a number");
        String created = session.post("/account/tokens", "_csrf", session.csrfToken("/account/tokens"), "name", "Mentor's report",
                "days", "30").body();
        Matcher shown = Pattern.compile("value=\"(strands_[^\"]+)\"").matcher(created);
        assertThat(shown.find()).as("the new token is on the page").isTrue();
        String token = shown.group(1);
        assertThat(Api.at(port).withToken(token).get("/api/v1/areas").status()).isEqualTo(200);
        String later = session.get("/account/tokens").body();
        assertThat(later).contains("Mentor&#39;s report").doesNotContain(token);

        Matcher revoke = Pattern.compile("action=\"(/account/tokens/[0-9a-f-]+/revoke)\"").matcher(later);
        assertThat(revoke.find()).isTrue();
        assertThat(session.post(revoke.group(1), "_csrf", session.csrfToken("/account/tokens")).statusCode()).isEqualTo(302);
        assertThat(session.get("/account/tokens").body()).contains("is revoked").contains("You hold no tokens.");
        assertThat(Api.at(port).withToken(token).get("/api/v1/areas").status()).isEqualTo(401);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode node : list) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no token " + id + " in " + list);
    }

    private static String fieldOf(Api.Response refused) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        return refused.json().get("errors").get(0).get("column").asString();
    }

    private long audit(String action, String subject) {
        return db.sql("select count(*) from audit_event where action = ? and subject_id = ?").params(action, subject).query(Long.class).single();
    }
}
