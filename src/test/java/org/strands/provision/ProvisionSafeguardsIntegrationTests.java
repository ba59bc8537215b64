package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisionSafeguardsIntegrationTests {

    static final String HEADER = "Partner,Partner type,Offer,Description,Outcomes,Entry,Localities,Setting URNs,Age from (years),"
            + "Age to (years),Access route,Delivered by,Annual capacity,Annual hours,Annual cost (GBP),Status\n";
    static final String AREA = "/api/v1/areas/safeguards-test";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    Api lead;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "safeguards-test", "lead");
        lead = Api.at(port).as("lead", "demo");
    }

    @Test
    void anotherAreasOffersAndActionsAreNotFound() {
        long stockportOffer = Api.at(port).as("admin", "demo").get("/api/v1/areas/stockport/provision/offers").json().get(0).get("id").asLong();
        Api outsider = Api.at(port).as("mentor", "demo");
        people.grant("mentor", areas.find("safeguards-test").orElseThrow().id(), org.strands.platform.Role.MENTOR);
        assertThat(outsider.get(AREA + "/provision/offers/" + stockportOffer).status()).isEqualTo(404);
        assertThat(outsider.get(AREA + "/provision/offers/" + stockportOffer + "/history").status()).isEqualTo(404);
        long action = Api.at(port).as("lead", "demo").post("/api/v1/areas/stockport/provision/actions",
                "{\"title\":\"Stockport only\",\"owner\":\"Lee\"}").json().get("id").asLong();
        assertThat(lead.put(AREA + "/provision/actions/" + action, "{\"status\":\"DONE\"}").status()).isEqualTo(404);
    }

    @Test
    void reImportingKeepsWhatOnlyTheFormRecordsAndMatchesNamesWhateverTheirCase() {
        lead.post(AREA + "/provision/offers", """
                {"partner":"Case Partner","partnerType":"OTHER","name":"Talk Time","outcomes":["IN1"],"entry":"PROVISION",
                 "status":"CURRENT","disciplines":["Speech and language therapy"],"evidence":["https://example.org/eval"],
                 "contact":"01234 567890","howToAccess":"Drop in on Tuesdays"}""");
        String csv = HEADER + "case partner,Other,talk time,,IN1,Provision,,,,,,,,12,,Current\n";
        JsonNode result = lead.upload(AREA + "/provision/import", "a.csv", csv.getBytes(StandardCharsets.UTF_8)).json();
        assertThat(result.get("created").asInt()).isZero();
        assertThat(result.get("updated").asInt()).isEqualTo(1);
        JsonNode offer = lead.get(AREA + "/provision/offers").json().valueStream()
                .filter(o -> o.get("name").asString().equals("Talk Time")).findFirst().orElseThrow();
        assertThat(offer.get("contact").asString()).isEqualTo("01234 567890");
        assertThat(offer.get("evidence").get(0).asString()).isEqualTo("https://example.org/eval");
        assertThat(offer.get("disciplines").get(0).asString()).isEqualTo("Speech and language therapy");
        assertThat(offer.get("annualHours").asInt()).isEqualTo(12);
    }

    @Test
    void numbersOutOfRangeAreRefusedWithTheirRowAndColumn() {
        String csv = HEADER
                + "P,Other,Huge,,IN1,Provision,,,,,,,1e999999999,,,Current\n"
                + "P,Other,Fine print,,IN1,Provision,,,,,,,,12.25,\"1,5\",Current\n"
                + "P,Other,Big cost,,IN1,Provision,,,,,,,,,\"10,000,000,000\",Current\n";
        Api.Response response = lead.upload(AREA + "/provision/import", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("row").asInt() + " " + e.get("column").asString()))
                .contains("2 Annual capacity", "3 Annual hours", "3 Annual cost (GBP)", "4 Annual cost (GBP)");
        assertThat(response.body().length()).isLessThan(5000);
    }

    @Test
    void aPartnerWithTwoTypesInOneFileIsReported() {
        String csv = HEADER + "Twin,NHS trust,A,,IN1,Provision,,,,,,,,,,Current\nTwin,Voluntary sector,B,,IN2,Provision,,,,,,,,,,Current\n";
        Api.Response response = lead.upload(AREA + "/provision/import", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("Partner type");
    }

    @Test
    void anOffersLocalitiesSurviveRegroupingThatKeepsTheirNames() {
        JsonNode localities = lead.get(AREA + "/localities").json();
        String first = localities.get(0).get("name").asString();
        lead.post(AREA + "/provision/offers", "{\"partner\":\"Local\",\"partnerType\":\"OTHER\",\"name\":\"Local group\",\"outcomes\":[\"FS2\"],"
                + "\"entry\":\"PROVISION\",\"status\":\"CURRENT\",\"localities\":[\"" + first + "\"]}");
        StringBuilder grouping = new StringBuilder("[");
        for (int i = 0; i < localities.size(); i++) {
            JsonNode l = localities.get(i);
            grouping.append(i == 0 ? "" : ",").append("{\"name\":\"").append(l.get("name").asString()).append("\",\"wards\":[\"")
                    .append(l.get("wards").get(0).get("code").asString()).append("\"]}");
        }
        assertThat(lead.put(AREA + "/localities", grouping.append("]").toString()).status()).isEqualTo(200);
        JsonNode offer = lead.get(AREA + "/provision/offers").json().valueStream()
                .filter(o -> o.get("name").asString().equals("Local group")).findFirst().orElseThrow();
        assertThat(offer.get("localities").get(0).asString()).isEqualTo(first);
    }

    @Test
    void aCellThatLooksLikeAFormulaIsExportedAsText() {
        lead.post(AREA + "/provision/offers", """
                {"partner":"=HYPERLINK(\\"x\\")","partnerType":"OTHER","name":"Formula","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT"}""");
        String csv = lead.get(AREA + "/provision/offers.csv").body();
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        Api.Response again = lead.upload(AREA + "/provision/import", "offers.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("created").asInt()).isZero();
    }

    @Test
    void anOfferCanBeRenamedButNotOntoAnotherOffersName() {
        long id = lead.post(AREA + "/provision/offers", """
                {"partner":"Renamer","partnerType":"OTHER","name":"Old name","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT"}""")
                .json().get("id").asLong();
        lead.post(AREA + "/provision/offers", """
                {"partner":"Renamer","partnerType":"OTHER","name":"Taken","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT"}""");
        Api.Response renamed = lead.put(AREA + "/provision/offers/" + id, """
                {"partner":"Renamer","partnerType":"OTHER","name":"New name","outcomes":["IN2"],"entry":"PROVISION","status":"CURRENT"}""");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("id").asLong()).isEqualTo(id);
        assertThat(renamed.json().get("name").asString()).isEqualTo("New name");
        assertThat(lead.put(AREA + "/provision/offers/" + id, """
                {"partner":"Renamer","partnerType":"OTHER","name":"taken","outcomes":["IN2"],"entry":"PROVISION","status":"CURRENT"}""").status())
                .isEqualTo(422);
        assertThat(lead.get(AREA + "/provision/offers/" + id + "/history").json().size()).isEqualTo(2);
    }

    @Test
    void changingOnlyTheCaseOfAnOffersNameKeepsOneOffer() {
        long id = lead.post(AREA + "/provision/offers", """
                {"partner":"Case Partner","partnerType":"OTHER","name":"speech group","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT"}""")
                .json().get("id").asLong();
        int before = lead.get(AREA + "/provision/offers").json().size();
        Api.Response renamed = lead.put(AREA + "/provision/offers/" + id, """
                {"partner":"Case Partner","partnerType":"OTHER","name":"Speech Group","outcomes":["IN2"],"entry":"PROVISION","status":"CURRENT"}""");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("id").asLong()).isEqualTo(id);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Speech Group");
        assertThat(lead.get(AREA + "/provision/offers").json().size()).isEqualTo(before);
    }
}
