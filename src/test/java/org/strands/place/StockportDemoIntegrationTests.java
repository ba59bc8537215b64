package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

@DataTest
class StockportDemoIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void demoAreaHasTheSmallAreasAndChildrenTheOpenDataImplies() {
        JsonNode smallAreas = Api.at(port).as("practitioner", "demo").get("/api/v1/areas/stockport/small-areas").json();
        assertThat(smallAreas.size()).isEqualTo(191);
        long children = 0;
        for (JsonNode s : smallAreas) {
            children += s.get("children0to15").asLong();
            assertThat(s.get("imdDecile").asInt()).isBetween(1, 10);
            assertThat(s.get("ward").asString()).isNotBlank();
        }
        assertThat(children).isEqualTo(55_848);
        assertThat(smallAreas.get(0).propertyNames()).contains("code", "name", "ward", "imdDecile", "imdScore", "children0to15");
    }

    @Test
    void demoAreaHasItsSchoolsAndSettings() {
        JsonNode settings = Api.at(port).as("senco", "demo").get("/api/v1/areas/stockport/settings").json();
        assertThat(settings.size()).isEqualTo(138 + 10);
        assertThat(settings.get(0).propertyNames()).contains("urn", "name", "type", "phase", "pupils", "lsoa", "latitude", "longitude", "postcode");
    }

    @Test
    void demoAreaHasItsFamilyHubsAndLibrariesPlacedAtTheirPostcodes() {
        JsonNode settings = Api.at(port).as("practitioner", "demo").get("/api/v1/areas/stockport/settings").json();
        java.util.List<JsonNode> venues = settings.valueStream().filter(s -> s.get("ref").asString().startsWith("v")).toList();
        assertThat(venues).hasSize(10);
        assertThat(venues).extracting(v -> v.get("type").asString()).containsOnly("Library", "Family hub");
        assertThat(venues).extracting(v -> v.get("name").asString()).contains("Stockport Central Library", "Marple Library",
                "Brinnington Family Hub");
        venues.forEach(v -> {
            assertThat(v.get("latitude").asDouble()).as(v.get("name").asString()).isBetween(53.34, 53.46);
            assertThat(v.get("longitude").asDouble()).as(v.get("name").asString()).isBetween(-2.26, -2.01);
        });
    }

    @Test
    void demoAreaStartsWithOneLocalityPerWard() {
        JsonNode localities = Api.at(port).as("lead", "demo").get("/api/v1/areas/stockport/localities").json();
        assertThat(localities.size()).isEqualTo(21);
        localities.forEach(l -> assertThat(l.get("wards").size()).isEqualTo(1));
    }

    @Test
    void everyDemoAccountBelongsToStockport() {
        for (String user : new String[] {"admin", "commissioner", "lead", "practitioner", "senco", "mentor"}) {
            assertThat(Api.at(port).as(user, "demo").get("/api/v1/areas/stockport").status()).as(user).isEqualTo(200);
        }
    }
}
