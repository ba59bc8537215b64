package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

@DataTest
class ProvisionMapIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theDemoAreaTellsItsStoryStrongSpecialistThinTargetedAndGaps() {
        JsonNode map = Api.at(port).as("practitioner", "demo").get("/api/v1/areas/stockport/provision/map").json();
        assertThat(map.get("cells").size()).isEqualTo(15);
        assertThat(map.get("cells").get(0).propertyNames()).contains("code", "offers", "capacity", "hours", "gap", "thin");
        assertThat(map.get("balance").get("vortex").asBoolean()).isTrue();
        assertThat(map.get("balance").get("byLevel").get("SPECIALIST").asDouble()).isGreaterThan(0.5);
        assertThat(ImportProvisionAuditIntegrationTests.cell(map, "EE2").get("gap").asBoolean()).isTrue();
        // targeted support is thin somewhere; family support is not, now that the demo's drop-ins count in it
        assertThat(map.get("cells").valueStream().filter(c -> c.get("code").asString().endsWith("2"))
                .anyMatch(c -> c.get("thin").asBoolean())).isTrue();
        assertThat(ImportProvisionAuditIntegrationTests.cell(map, "FS2").get("offers").asInt()).isPositive();
        assertThat(map.get("duplicates").size()).isPositive();
        assertThat(map.get("localities").size()).isEqualTo(21);
    }

    @Test
    void aLocalityFilterCountsOnlyOffersThatReachIt() {
        Api lead = Api.at(port).as("lead", "demo");
        JsonNode whole = lead.get("/api/v1/areas/stockport/provision/map").json();
        long locality = whole.get("localities").get(0).get("id").asLong();
        JsonNode local = lead.get("/api/v1/areas/stockport/provision/map?locality=" + locality).json();
        int wholeIn3 = ImportProvisionAuditIntegrationTests.cell(whole, "IN3").get("offers").asInt();
        int localIn3 = ImportProvisionAuditIntegrationTests.cell(local, "IN3").get("offers").asInt();
        assertThat(localIn3).isPositive().isLessThan(wholeIn3);
    }

    @Test
    void anUnknownAgeBandIsABadRequestNamingTheField() {
        Api.Response response = Api.at(port).as("lead", "demo").get("/api/v1/areas/stockport/provision/map?ageBand=3-99");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("ageBand");
    }

    @Test
    void everyChangeToAnOfferIsKeptWithWhoAndWhen() {
        Api lead = Api.at(port).as("lead", "demo");
        String offer = """
                {"partner":"History Partner","partnerType":"OTHER","name":"History offer","outcomes":["IN1"],
                 "entry":"PROVISION","status":"CURRENT","annualHours":%s}""";
        long id = lead.post("/api/v1/areas/stockport/provision/offers", offer.formatted("10")).json().get("id").asLong();
        lead.post("/api/v1/areas/stockport/provision/offers", offer.formatted("10"));
        lead.post("/api/v1/areas/stockport/provision/offers", offer.formatted("20"));
        JsonNode history = lead.get("/api/v1/areas/stockport/provision/offers/" + id + "/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("changedBy").asString()).isEqualTo("lead");
        assertThat(history.get(0).get("snapshot").asString()).contains("\"annualHours\": 20");
    }

    @Test
    void theAreasThresholdsDecideWhatIsThinAndWhenTheVortexWarns() {
        Api commissioner = Api.at(port).as("commissioner", "demo");
        org.strands.support.TestAreas.copyOfStockport(port, people, areas, "thresholds-test", "commissioner");
        commissioner.upload("/api/v1/areas/thresholds-test/provision/import", "a.csv", """
                Partner,Partner type,Offer,Description,Outcomes,Entry,Localities,Setting URNs,Age from (years),Age to (years),Access route,Delivered by,Annual capacity,Annual hours,Annual cost (GBP),Status
                T,Other,One,,IN3,Provision,,,,,,,,90,,Current
                T,Other,Two,,IN2,Provision,,,,,,,,10,,Current
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode before = commissioner.get("/api/v1/areas/thresholds-test/provision/map").json();
        assertThat(ImportProvisionAuditIntegrationTests.cell(before, "IN3").get("thin").asBoolean()).isTrue();
        assertThat(before.get("balance").get("vortex").asBoolean()).isTrue();
        Api.Response changed = commissioner.put("/api/v1/areas/thresholds-test/provision/settings", "{\"thinBelow\":1,\"specialistShareMax\":0.95}");
        assertThat(changed.status()).isEqualTo(200);
        JsonNode after = commissioner.get("/api/v1/areas/thresholds-test/provision/map").json();
        assertThat(ImportProvisionAuditIntegrationTests.cell(after, "IN3").get("thin").asBoolean()).isFalse();
        assertThat(after.get("balance").get("vortex").asBoolean()).isFalse();
        assertThat(commissioner.put("/api/v1/areas/thresholds-test/provision/settings", "{\"thinBelow\":1,\"specialistShareMax\":1.5}").status()).isEqualTo(422);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.strands.platform.People people;

    @org.springframework.beans.factory.annotation.Autowired
    org.strands.platform.AreaRegistry areas;
}
