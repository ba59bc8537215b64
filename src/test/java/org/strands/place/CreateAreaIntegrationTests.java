package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.NationalData;
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreateAreaIntegrationTests {

    @LocalServerPort
    int port;

    Api admin;

    @BeforeAll
    void loadNationalData() {
        admin = Api.at(port).as("admin", "demo");
        NationalData.loadAll(admin);
    }

    @Test
    void countyCodeExpandsToItsDistrictsAndShowsTheirRealPlaces() {
        var created = admin.post("/api/v1/areas", """
                {"slug":"kent-test","name":"Kent","laCodes":["E10000016"]}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("districtCodes").size()).isEqualTo(12);

        JsonNode smallAreas = admin.get("/api/v1/areas/kent-test/small-areas").json();
        assertThat(smallAreas.size()).isGreaterThan(900);
        JsonNode settings = admin.get("/api/v1/areas/kent-test/settings").json();
        assertThat(settings.size()).isGreaterThan(600);
        settings.forEach(s -> assertThat(s.get("lsoa").isNull() || s.get("lsoa").asString().startsWith("E01")).isTrue());
    }

    @Test
    void districtCodeStandsForItselfAndGetsALocalityPerWard() {
        var created = admin.post("/api/v1/areas", """
                {"slug":"manchester-test","name":"Manchester","laCodes":["E08000003"]}""");
        assertThat(created.status()).isEqualTo(201);
        JsonNode localities = admin.get("/api/v1/areas/manchester-test/localities").json();
        JsonNode smallAreas = admin.get("/api/v1/areas/manchester-test/small-areas").json();
        java.util.Set<String> wards = new java.util.HashSet<>();
        smallAreas.forEach(s -> wards.add(s.get("wardCode").asString()));
        assertThat(localities.size()).isEqualTo(wards.size()).isGreaterThan(20);
    }

    @Test
    void unknownCodeIsRefusedWithTheFieldNamed() {
        var response = admin.post("/api/v1/areas", """
                {"slug":"nowhere","name":"Nowhere","laCodes":["E08000007","E99999999"]}""");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("laCodes");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("E99999999");
        assertThat(admin.get("/api/v1/areas/nowhere").status()).isEqualTo(404);
    }

    @Test
    void onlyTheSystemAdministratorCreatesAreas() {
        var response = Api.at(port).as("commissioner", "demo").post("/api/v1/areas", """
                {"slug":"sneaky","name":"Sneaky","laCodes":["E08000007"]}""");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("status").asInt()).isEqualTo(403);
    }

    @Test
    void aMemberOfOneAreaGetsNotFoundForAnotherAreasData() {
        admin.post("/api/v1/areas", """
                {"slug":"trafford-test","name":"Trafford","laCodes":["E08000009"]}""");
        Api lead = Api.at(port).as("lead", "demo");
        assertThat(lead.get("/api/v1/areas/trafford-test/small-areas").status()).isEqualTo(404);
        assertThat(lead.get("/api/v1/areas/trafford-test/settings").status()).isEqualTo(404);
        assertThat(lead.get("/api/v1/areas/trafford-test").status()).isEqualTo(404);
        assertThat(lead.get("/api/v1/areas/trafford-test/localities").status()).isEqualTo(404);
        assertThat(lead.post("/api/v1/areas/trafford-test/venues", "{\"name\":\"Intruder\",\"kind\":\"clinic\"}").status()).isEqualTo(404);
        assertThat(lead.put("/api/v1/areas/trafford-test/localities", "[]").status()).isEqualTo(404);
        assertThat(lead.upload("/api/v1/areas/trafford-test/venues/import", "v.csv", "name,kind\nX,clinic\n".getBytes()).status()).isEqualTo(404);
        // and an area that does not exist looks exactly the same
        assertThat(lead.get("/api/v1/areas/no-such-area/small-areas").json().get("detail").asString())
                .isEqualTo(lead.get("/api/v1/areas/trafford-test/small-areas").json().get("detail").asString());
    }
}
