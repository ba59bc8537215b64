package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

@DataTest
class RegroupLocalitiesKeepsOffersIntegrationTests {

    static final String AREA = "/api/v1/areas/bramhall-test";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Test
    void mergingBothBramhallWardsKeepsEveryOfferAndActionInBramhallWithAHistoryEntryAndTheMapShowsItAtOnce() {
        TestAreas.copyOfStockport(port, people, areas, "bramhall-test", "lead");
        Api lead = Api.at(port).as("lead", "demo");
        long north = offer(lead, "North group", "\"Bramhall North\"");
        long both = offer(lead, "Both group", "\"Bramhall North\",\"Bramhall South & Woodford\"");
        long south = offer(lead, "South group", "\"Bramhall South & Woodford\",\"Cheadle East & Cheadle Hulme North\"");
        Api.Response action = lead.post(AREA + "/provision/actions", "{\"title\":\"Bramhall drop-ins\",\"outcomes\":[\"FS2\"],"
                + "\"localities\":[\"Bramhall North\"],\"owner\":\"Lee Lead\",\"dueOn\":\"2030-01-31\"}");
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        assertThat(lead.get(AREA + "/provision/map").json().get("localities").valueStream()
                .map(l -> l.get("name").asString())).contains("Bramhall North");

        Api.Response regrouped = lead.put(AREA + "/localities", mergingBramhall(lead.get(AREA + "/localities").json()));
        assertThat(regrouped.status()).as(regrouped.body()).isEqualTo(200);

        JsonNode offers = lead.get(AREA + "/provision/offers").json();
        assertThat(localitiesOf(offers, north)).containsExactly("Bramhall");
        assertThat(localitiesOf(offers, both)).containsExactly("Bramhall");
        assertThat(localitiesOf(offers, south)).containsExactlyInAnyOrder("Bramhall", "Cheadle East & Cheadle Hulme North");
        for (long id : List.of(north, both, south)) {
            JsonNode latest = lead.get(AREA + "/provision/offers/" + id + "/history").json().get(0);
            assertThat(latest.get("changedBy").asString()).isEqualTo("lead");
            assertThat(latest.get("note").asString()).contains("Bramhall", "→");
            assertThat(latest.get("snapshot").asString()).contains("\"Bramhall\"");
        }

        JsonNode plan = lead.get(AREA + "/provision/actions").json().get(0);
        assertThat(plan.get("localities").valueStream().map(JsonNode::asString)).containsExactly("Bramhall");
        assertThat(plan.get("notes").toString()).contains("Bramhall North → Bramhall", "lead");

        JsonNode map = lead.get(AREA + "/provision/map").json();
        List<String> names = map.get("localities").valueStream().map(l -> l.get("name").asString()).toList();
        assertThat(names).contains("Bramhall").doesNotContain("Bramhall North", "Bramhall South & Woodford");
        long bramhall = map.get("localities").valueStream().filter(l -> l.get("name").asString().equals("Bramhall"))
                .findFirst().orElseThrow().get("id").asLong();
        JsonNode local = lead.get(AREA + "/provision/map?locality=" + bramhall).json();
        assertThat(ImportProvisionAuditIntegrationTests.cell(local, "FS2").get("offers").asInt()).isEqualTo(3);
    }

    private static long offer(Api lead, String name, String localities) {
        Api.Response saved = lead.post(AREA + "/provision/offers", "{\"partner\":\"Bramhall Partner\",\"partnerType\":\"OTHER\",\"name\":\""
                + name + "\",\"outcomes\":[\"FS2\"],\"entry\":\"PROVISION\",\"status\":\"CURRENT\",\"localities\":[" + localities + "]}");
        assertThat(saved.status()).as(saved.body()).isIn(200, 201);
        return saved.json().get("id").asLong();
    }

    /** Every locality as it is, except both Bramhall wards in one locality called Bramhall. */
    private static String mergingBramhall(JsonNode localities) {
        List<String> groups = new ArrayList<>();
        List<String> bramhall = new ArrayList<>();
        for (JsonNode l : localities) {
            List<String> wards = l.get("wards").valueStream().map(w -> "\"" + w.get("code").asString() + "\"").toList();
            if (l.get("name").asString().startsWith("Bramhall")) {
                bramhall.addAll(wards);
            } else {
                groups.add("{\"name\":\"" + l.get("name").asString() + "\",\"wards\":[" + String.join(",", wards) + "]}");
            }
        }
        assertThat(bramhall).hasSize(2);
        groups.add("{\"name\":\"Bramhall\",\"wards\":[" + String.join(",", bramhall) + "]}");
        return "[" + String.join(",", groups) + "]";
    }

    private static List<String> localitiesOf(JsonNode offers, long id) {
        return offers.valueStream().filter(o -> o.get("id").asLong() == id).findFirst().orElseThrow()
                .get("localities").valueStream().map(JsonNode::asString).toList();
    }
}
