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
    void theLastAdministratorCannotBeRemoved() {
        Api admin = Api.at(port).as("admin", "demo");
        Api.Response response = admin.put("/api/v1/areas/stockport/people/admin/roles", "[\"COMMISSIONER\"]");
        assertThat(response.status()).isEqualTo(422);
        JsonNode members = admin.get("/api/v1/areas/stockport/people").json();
        assertThat(members.valueStream().filter(m -> m.get("username").asString().equals("admin")).findFirst().orElseThrow()
                .get("roles").get(0).asString()).isEqualTo("ADMIN");
    }
}
