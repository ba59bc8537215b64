package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

@DataTest
class AreaMembersIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anAreaAdministratorAddsAPersonWhoCanThenSignInAndSeeTheArea() {
        Api admin = Api.at(port).as("admin", "demo");
        Api.Response added = admin.post("/api/v1/areas/stockport/people", """
                {"username":"therapist1","displayName":"Theo Therapist","password":"a-long-enough-passphrase","roles":["PRACTITIONER"]}""");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("roles").get(0).asString()).isEqualTo("PRACTITIONER");
        Api therapist = Api.at(port).as("therapist1", "a-long-enough-passphrase");
        assertThat(therapist.get("/api/v1/areas/stockport/small-areas").status()).isEqualTo(200);
        assertThat(therapist.get("/api/v1/areas/stockport/people").status()).isEqualTo(403);

        assertThat(admin.put("/api/v1/areas/stockport/people/therapist1/roles", "[]").status()).isEqualTo(200);
        assertThat(therapist.get("/api/v1/areas/stockport/small-areas").status()).isEqualTo(404);
    }

    @Test
    void aNewPersonNeedsAValidUsernameARoleAndAName() {
        Api.Response response = Api.at(port).as("admin", "demo").post("/api/v1/areas/stockport/people", """
                {"username":"X","displayName":"","password":"x","roles":[]}""");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsString("column")).containsExactly("username", "roles", "displayName");
    }

    @Test
    void anAreaAdministratorCannotLinkAnAccountFromAnotherArea() {
        Api admin = Api.at(port).as("admin", "demo");
        admin.post("/api/v1/areas", "{\"slug\":\"members-test\",\"name\":\"Elsewhere\",\"laCodes\":[\"E08000007\"]}");
        admin.post("/api/v1/areas/members-test/people", """
                {"username":"elsewhere","displayName":"Ellis Elsewhere","password":"another-long-passphrase","roles":["MENTOR"]}""");
        admin.post("/api/v1/areas/stockport/people", """
                {"username":"localadmin","displayName":"Lou Local","password":"a-long-local-passphrase","roles":["ADMIN"]}""");
        Api.Response response = Api.at(port).as("localadmin", "a-long-local-passphrase").post("/api/v1/areas/stockport/people", """
                {"username":"elsewhere","displayName":"","password":"","roles":["MENTOR"]}""");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("taken").doesNotContain("Ellis");
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        Api admin = Api.at(port).as("admin", "demo");
        admin.post("/api/v1/areas", "{\"slug\":\"last-admin-test\",\"name\":\"Last admin\",\"laCodes\":[\"E08000007\"]}");
        admin.post("/api/v1/areas/last-admin-test/people", """
                {"username":"onlyadmin","displayName":"Only Admin","password":"the-only-admin-passphrase","roles":["ADMIN"]}""");
        Api.Response response = admin.put("/api/v1/areas/last-admin-test/people/onlyadmin/roles", "[\"COMMISSIONER\"]");
        assertThat(response.status()).isEqualTo(422);
        JsonNode members = admin.get("/api/v1/areas/last-admin-test/people").json();
        assertThat(members.get(0).get("roles").get(0).asString()).isEqualTo("ADMIN");
    }
}
