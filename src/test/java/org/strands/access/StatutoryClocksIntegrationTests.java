package org.strands.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
class StatutoryClocksIntegrationTests {

    static final String AREA = "/api/v1/areas/statutory-test/statutory";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    Api lead;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    void clocksInEveryState() {
        TestAreas.copyOfStockport(port, people, areas, "statutory-test", "lead", "practitioner");
        lead = Api.at(port).as("lead", "demo");
        start("C-DUE", "EHC_ADVICE", today.minusDays(40));
        start("C-OVERDUE", "EHC_ADVICE", today.minusDays(50));
        long met = start("C-MET", "EHC_ADVICE", today.minusDays(60));
        assertThat(lead.post(AREA + "/" + met + "/met", "{\"metOn\":\"" + today.minusDays(30) + "\"}").status()).isEqualTo(200);
        long missed = start("C-MISSED", "EHC_ADVICE", today.minusDays(100));
        lead.post(AREA + "/" + missed + "/met", "{\"metOn\":\"" + today.minusDays(50) + "\"}");
        long excused = start("C-EXCUSED", "EHC_ADVICE", today.minusDays(80));
        lead.post(AREA + "/" + excused + "/exception", "{\"reason\":\"The family did not attend the appointment offered.\"}");
    }

    long start(String child, String kind, LocalDate on) {
        Api.Response r = lead.post(AREA, "{\"kind\":\"" + kind + "\",\"childRef\":\"" + child + "\",\"startedOn\":\"" + on + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    List<String> children(String status) {
        return lead.get(AREA + "?status=" + status).json().get("clocks").valueStream().map(c -> c.get("childRef").asString()).toList();
    }

    @Test
    void eachViewShowsTheClocksThatStandThere() {
        assertThat(children("due")).containsExactly("C-DUE");
        assertThat(children("overdue")).containsExactly("C-OVERDUE");
        assertThat(children("met")).containsExactly("C-MET");
        assertThat(children("missed")).containsExactly("C-MISSED");
        assertThat(children("exception")).containsExactly("C-EXCUSED");
        JsonNode due = lead.get(AREA + "?status=due").json().get("clocks").get(0);
        assertThat(due.get("dueOn").asString()).isEqualTo(today.minusDays(40).plusWeeks(6).toString());
    }

    @Test
    void anUnknownStatusIsRefusedNamingIt() {
        Api.Response r = lead.get(AREA + "?status=late-ish");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("column").asString()).isEqualTo("status");
    }

    @Test
    void theShareMetOnTimeLeavesOutExceptionsAndClocksNotYetDue() {
        JsonNode share = Api.at(port).as("practitioner", "demo").get(AREA).json().get("lastTwelveMonths");
        assertThat(share.get("met").asLong()).isEqualTo(1);
        assertThat(share.get("late").asLong()).isEqualTo(1);
        assertThat(share.get("overdue").asLong()).isEqualTo(1);
        assertThat(share.get("share").asDouble()).isEqualTo(0.333);
    }

    @Test
    void therapyNamedInAPlanIsDueWithinTheAreasStandard() {
        assertThat(Api.at(port).as("practitioner", "demo").put(AREA + "/settings", "{\"planTherapyWeeks\":10}").status()).isEqualTo(403);
        assertThat(lead.put(AREA + "/settings", "{\"planTherapyWeeks\":53}").json().get("errors").get(0).get("column").asString())
                .isEqualTo("planTherapyWeeks");
        assertThat(lead.put(AREA + "/settings", "{\"planTherapyWeeks\":10}").status()).isEqualTo(200);
        long id = start("C-PLAN", "PLAN_THERAPY", today.minusDays(1));
        JsonNode clock = lead.get(AREA).json().get("clocks").valueStream().filter(c -> c.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(clock.get("dueOn").asString()).isEqualTo(today.minusDays(1).plusWeeks(10).toString());
        assertThat(clock.get("status").asString()).isEqualTo("RUNNING");
    }

    @Test
    void aClockCannotBeMetBeforeItStarted() {
        long id = start("C-EARLY", "EHC_ADVICE", today.minusDays(5));
        Api.Response r = lead.post(AREA + "/" + id + "/met", "{\"metOn\":\"" + today.minusDays(6) + "\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("column").asString()).isEqualTo("metOn");
    }
}
