package org.strands.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/**
 * A small fixed set of waits, counted by hand. Twenty easy-access requests, received on the twenty days from the
 * change, advised after 0, 1, …, 19 days: median 9.5, 90th percentile 17.1 (0.9 × 19). Five referrals received
 * before the change, in Marple, advised after 30, 40, 50, 60 and 70 days and started 100 days after being received.
 * All twenty-five: median the 13th wait, 12; 90th percentile 40 + 0.6 × (50 − 40) = 46.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WaitingTimesIntegrationTests {

    static final String AREA = "/api/v1/areas/waits-test/waiting-times";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    Api commissioner;
    LocalDate change = LocalDate.now(ZoneId.of("Europe/London")).minusDays(60);
    String period;

    @BeforeAll
    void waitsCountedByHand() {
        TestAreas.copyOfStockport(port, people, areas, "waits-test", "commissioner");
        commissioner = Api.at(port).as("commissioner", "demo");
        long area = areas.find("waits-test").orElseThrow().id();
        for (int i = 0; i < 20; i++) {
            LocalDate received = change.plusDays(i);
            insert(area, "EASY_ACCESS", received, "Bramhall", received.plusDays(i), null);
        }
        for (int i = 0; i < 5; i++) {
            LocalDate received = change.minusDays(120 + i);
            insert(area, "REFERRAL", received, "Marple", received.plusDays(30 + 10L * i), received.plusDays(100));
        }
        // waiting since long before the period: in the bands, not in the waits
        insert(area, "REFERRAL", change.minusDays(400), "Marple", null, null);
        period = "from=" + change.minusDays(150) + "&to=" + change.plusDays(40);
    }

    private void insert(long area, String route, LocalDate received, String locality, LocalDate advice, LocalDate start) {
        db.sql("insert into support_request (area_id, route, received_on, locality, first_advice_on, intervention_start_on, status, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'test')").params(area, route, received, locality, advice, start, start == null ? "WAITING" : "IN_PROGRESS")
                .update();
    }

    @Test
    void theMedianAndNinetiethPercentileAreThoseCountedByHand() {
        JsonNode report = commissioner.get(AREA + "?" + period).json();
        List<String> keys = new ArrayList<>();
        report.propertyNames().forEach(keys::add);
        assertThat(keys).containsExactly("firstAdvice", "toIntervention", "byRoute", "bands", "monthly", "beforeAfter");
        assertThat(report.get("firstAdvice").get("median").asDouble()).isEqualTo(12.0);
        assertThat(report.get("firstAdvice").get("p90").asDouble()).isEqualTo(46.0);
        assertThat(report.get("firstAdvice").get("n").asLong()).isEqualTo(25);
        assertThat(report.get("beforeAfter").isNull()).isTrue();
        long received = report.get("monthly").valueStream().mapToLong(m -> m.get("received").asLong()).sum();
        assertThat(received).isEqualTo(25);
    }

    @Test
    void fewerThanTwentyWaitsAreTooFewToJudge() {
        JsonNode report = commissioner.get(AREA + "?" + period).json();
        JsonNode toIntervention = report.get("toIntervention");
        assertThat(toIntervention.get("n").asLong()).isEqualTo(5);
        assertThat(toIntervention.get("tooFew").asBoolean()).isTrue();
        assertThat(toIntervention.get("median").isNull()).isTrue();
        assertThat(toIntervention.get("p90").isNull()).isTrue();
    }

    @Test
    void eachRouteHasItsOwnWaits() {
        JsonNode byRoute = commissioner.get(AREA + "?" + period).json().get("byRoute");
        assertThat(byRoute.get("EASY_ACCESS").get("firstAdvice").get("median").asDouble()).isEqualTo(9.5);
        assertThat(byRoute.get("EASY_ACCESS").get("firstAdvice").get("p90").asDouble()).isEqualTo(17.1);
        assertThat(byRoute.get("REFERRAL").get("firstAdvice").get("tooFew").asBoolean()).isTrue();
        assertThat(byRoute.get("PROFESSIONAL").get("firstAdvice").get("n").asLong()).isZero();
    }

    @Test
    void beforeAndAfterTheChangeAreComparedAndTheLocalityNarrowsEverything() {
        JsonNode report = commissioner.get(AREA + "?" + period + "&change=" + change).json();
        assertThat(report.get("beforeAfter").get("before").get("firstAdvice").get("n").asLong()).isEqualTo(5);
        assertThat(report.get("beforeAfter").get("after").get("firstAdvice").get("median").asDouble()).isEqualTo(9.5);
        JsonNode marple = commissioner.get(AREA + "?" + period + "&locality=Marple").json();
        assertThat(marple.get("firstAdvice").get("n").asLong()).isEqualTo(5);
        assertThat(marple.get("firstAdvice").get("tooFew").asBoolean()).isTrue();
        assertThat(marple.get("bands").get("over52").asLong()).isEqualTo(1);
        assertThat(marple.get("bands").get("over18").asLong()).isEqualTo(1);
        assertThat(marple.get("bands").get("0-18").asLong()).isZero();
        JsonNode all = commissioner.get(AREA + "?" + period).json();
        assertThat(all.get("bands").get("0-18").asLong()).isEqualTo(20);
    }

    @Test
    void aBadDateIsRefusedNamingItsParameter() {
        Api.Response r = commissioner.get(AREA + "?change=soon");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("column").asString()).isEqualTo("change");
        assertThat(commissioner.getBytes("/api/v1/areas/waits-test/waiting-times.xlsx?" + period)).startsWith((byte) 'P', (byte) 'K');
    }
}
