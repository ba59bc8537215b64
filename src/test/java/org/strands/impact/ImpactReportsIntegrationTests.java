package org.strands.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
 * Twenty journeys open from 1 January to 30 June 2026, worked by hand.
 * <ul>
 * <li>Ten in IN3 to improve, in Bramhall, setting S1, most deprived fifth, all discharged on 1 May: T-scores 40, 42, 44,
 * 46, 48, 52, 54, 56, 58, 60 (mean 50, sd √(440/9) = 6.992, half-width t(0.975, 9) 2.262 × 6.992 / √10 = 5.00: 45.0 to
 * 55.0); two goals scored each, both met by five and one by five (15 of 20, 75%); participation rated 2 then 3 for five
 * and 2 then 2 for five (5 of 10 improving, 50%); family change 0.8 (80%); 10 hours, 4 sessions, £100 each.</li>
 * <li>Seven in FS2 and IN2 to sustain, in Marple, setting S2, least deprived fifth, open: 5 hours, 2 sessions, £50 each.</li>
 * <li>Three in EE1 to manage decline, in Marple, setting S2, least deprived fifth, open: 1 hour each.</li>
 * </ul>
 * Two more lie outside the period; three easy-access contacts in the period started no journey.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactReportsIntegrationTests {

    static final String API = "/api/v1/areas/impact-test/impact?from=2026-01-01&to=2026-06-30";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    java.util.List<org.strands.provision.CellEvidence> evidence;

    Api commissioner;

    @BeforeAll
    void journeysWorkedByHand() {
        TestAreas.copyOfStockport(port, people, areas, "impact-test", "commissioner");
        commissioner = Api.at(port).as("commissioner", "demo");
        ImpactData data = new ImpactData(db, areas.find("impact-test").orElseThrow().id());
        LocalDate start = LocalDate.of(2026, 1, 10);
        double[] t = {40, 42, 44, 46, 48, 52, 54, 56, 58, 60};
        for (int i = 0; i < 10; i++) {
            data.add(new ImpactData.Row(start, LocalDate.of(2026, 5, 1), new String[] {"IN3"}, new String[] {"IMPROVE"}, "Bramhall", "S1", 1,
                    10, 4, 100, t[i], 2, i < 5 ? 2 : 1, 2.0, i < 5 ? 3.0 : 2.0, 0.8, 0.9));
        }
        for (int i = 0; i < 7; i++) {
            data.add(new ImpactData.Row(start, null, new String[] {"FS2", "IN2"}, new String[] {"SUSTAIN"}, "Marple", "S2", 5,
                    5, 2, 50, null, 0, 0, null, null, null, null));
        }
        for (int i = 0; i < 3; i++) {
            data.add(new ImpactData.Row(start, null, new String[] {"EE1"}, new String[] {"MANAGE_DECLINE"}, "Marple", "S2", 5,
                    1, 1, 0, null, 0, 0, null, null, null, null));
        }
        data.add(new ImpactData.Row(LocalDate.of(2026, 8, 1), null, new String[] {"IN3"}, new String[] {"IMPROVE"}, "Bramhall", "S1", 1,
                99, 9, 999, null, 0, 0, null, null, null, null));
        data.add(new ImpactData.Row(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1), new String[] {"IN3"}, new String[] {"IMPROVE"}, "Bramhall",
                "S1", 1, 99, 9, 999, 80.0, 1, 1, null, null, null, null));
        for (int i = 0; i < 3; i++) {
            data.contact(900_000 + i, LocalDate.of(2026, 2, 1), "Marple");
        }
        // a child discharged from IN3 in February and back in March in IN3 and FS2, and five others in IN3
        TestAreas.copyOfStockport(port, people, areas, "impact-twice", "commissioner");
        ImpactData twice = new ImpactData(db, areas.find("impact-twice").orElseThrow().id());
        long child = twice.child();
        twice.add(child, new ImpactData.Row(start, LocalDate.of(2026, 2, 1), new String[] {"IN3"}, new String[] {"IMPROVE"}, "Marple", "S1", 3,
                1, 1, 1, 50.0, 1, 1, null, null, null, null));
        twice.add(child, new ImpactData.Row(LocalDate.of(2026, 3, 1), null, new String[] {"IN3", "FS2"}, new String[] {"IMPROVE"}, "Marple", "S1", 3,
                1, 1, 1, null, 0, 0, null, null, null, null));
        for (int i = 0; i < 5; i++) {
            twice.add(new ImpactData.Row(start, LocalDate.of(2026, 4, 1), new String[] {"IN3"}, new String[] {"IMPROVE"}, "Marple", "S1", 3,
                    1, 1, 1, 50.0, 1, 1, null, null, null, null));
        }
    }

    @Test
    void aChildWithTwoJourneysInThePeriodCountsOnceInEachGroupButBothJourneysAddTheirHours() {
        JsonNode report = commissioner.get("/api/v1/areas/impact-twice/impact?from=2026-01-01&to=2026-06-30&groupBy=level").json();
        JsonNode total = all(report.get("total"));
        assertThat(text(total.get("reach").get("children"))).isEqualTo("6");
        assertThat(text(total.get("input").get("hours"))).isEqualTo("7");
        assertThat(text(total.get("impact").get("discharged"))).isEqualTo("6");
        assertThat(all(report.get("groups").get(1)).get("reach").get("children").get("suppressed").asBoolean())
                .as("specialist: 6, hidden with the 1 targeted").isTrue();
        JsonNode marple = commissioner.get("/api/v1/areas/impact-twice/impact?from=2026-01-01&to=2026-06-30&groupBy=locality").json().get("groups").get(0);
        assertThat(text(all(marple).get("reach").get("children"))).isEqualTo("6");
        assertThat(text(report.get("total").get("byDirection").get("IMPROVE").get("reach").get("children"))).isEqualTo("6");
        assertThat(text(report.get("equity").get(0).get("rows").get(0).get("children"))).isEqualTo("6");
    }

    private static JsonNode all(JsonNode group) {
        return group.get("byDirection").get("ALL");
    }

    private static String text(JsonNode figure) {
        return figure.get("text").asString();
    }

    @Test
    void theTotalHasTheFourTiersWorkedByHand() {
        JsonNode total = all(commissioner.get(API + "&groupBy=level").json().get("total"));
        assertThat(text(total.get("input").get("hours"))).isEqualTo("138");
        assertThat(text(total.get("input").get("sessions"))).isEqualTo("57");
        assertThat(text(total.get("input").get("cost"))).isEqualTo("£1,350");
        assertThat(text(total.get("reach").get("children"))).isEqualTo("20");
        assertThat(text(total.get("reach").get("families"))).as("20 children and 3 contacts without a journey").isEqualTo("23");
        assertThat(text(total.get("reach").get("settings"))).isEqualTo("2");
        assertThat(text(total.get("quality").get("satisfaction"))).isEqualTo("90%");
        JsonNode impact = total.get("impact");
        assertThat(text(impact.get("discharged"))).isEqualTo("10");
        assertThat(text(impact.get("meanT"))).isEqualTo("50.0");
        assertThat(text(impact.get("ciLow"))).isEqualTo("45.0");
        assertThat(text(impact.get("ciHigh"))).isEqualTo("55.0");
        assertThat(impact.get("ciLow").get("value").asDouble()).isEqualTo(45.0);
        assertThat(text(impact.get("goalsMet"))).isEqualTo("75%");
        assertThat(text(impact.get("improving").get("PARTICIPATION"))).isEqualTo("50%");
        assertThat(impact.get("improving").get("ACTIVITY").get("suppressed").asBoolean()).as("nobody rated twice").isTrue();
        assertThat(text(impact.get("familyChange"))).isEqualTo("80%");
    }

    @Test
    void byLevelAJourneyCountsInItsLevelAndTheOneHiddenLevelTakesTheNextSmallestWithIt() {
        JsonNode groups = commissioner.get(API + "&groupBy=level").json().get("groups");
        assertThat(groups.valueStream().map(g -> g.get("label").asString()).toList()).containsExactly("Universal", "Targeted", "Specialist");
        JsonNode universal = all(groups.get(0)).get("reach").get("children");
        assertThat(universal.get("suppressed").asBoolean()).isTrue();
        assertThat(universal.get("value").isNull()).isTrue();
        assertThat(text(universal)).isEqualTo("fewer than 5");
        assertThat(all(groups.get(1)).get("reach").get("children").get("suppressed").asBoolean()).as("7, the next smallest").isTrue();
        assertThat(all(groups.get(1)).get("input").get("hours").get("suppressed").asBoolean()).isTrue();
        assertThat(text(all(groups.get(2)).get("reach").get("children"))).isEqualTo("10");
        assertThat(text(all(groups.get(2)).get("impact").get("meanT"))).isEqualTo("50.0");
    }

    @Test
    void byStrandAJourneyInTwoStrandsCountsInBoth() {
        JsonNode groups = commissioner.get(API + "&groupBy=strand").json().get("groups");
        assertThat(groups.valueStream().map(g -> g.get("key").asString()).toList()).containsExactly("FS", "EE", "IN");
        assertThat(text(all(groups.get(2)).get("reach").get("children"))).as("ten in IN3 and seven in IN2").isEqualTo("17");
        assertThat(text(all(groups.get(2)).get("input").get("hours"))).isEqualTo("135");
        assertThat(all(groups.get(0)).get("reach").get("children").get("suppressed").asBoolean()).isTrue();
        assertThat(all(groups.get(1)).get("reach").get("children").get("suppressed").asBoolean()).isTrue();
    }

    @Test
    void eachDirectionOfCareIsReportedOnItsOwn() {
        JsonNode byDirection = commissioner.get(API + "&groupBy=locality").json().get("total").get("byDirection");
        assertThat(text(byDirection.get("IMPROVE").get("reach").get("children"))).isEqualTo("10");
        assertThat(text(byDirection.get("IMPROVE").get("impact").get("meanT"))).isEqualTo("50.0");
        assertThat(text(byDirection.get("IMPROVE").get("input").get("hours"))).isEqualTo("100");
        assertThat(byDirection.get("MANAGE_DECLINE").get("reach").get("children").get("suppressed").asBoolean()).isTrue();
        assertThat(byDirection.get("SUSTAIN").get("reach").get("children").get("suppressed").asBoolean())
                .as("the next smallest, else 3 = 20 − 10 − 7 where each journey has one direction").isTrue();
    }

    @Test
    void byLocalityEachJourneyCountsOnce() {
        JsonNode groups = commissioner.get(API + "&groupBy=locality").json().get("groups");
        assertThat(groups.valueStream().map(g -> g.get("label").asString() + "=" + text(all(g).get("reach").get("children"))).toList())
                .containsExactly("Bramhall=10", "Marple=10");
    }

    @Test
    void aCohortNarrowedByLevelHasOnlyItsJourneys() {
        JsonNode total = all(commissioner.get(API + "&groupBy=strand&level=3").json().get("total"));
        assertThat(text(total.get("reach").get("children"))).isEqualTo("10");
        assertThat(total.get("reach").get("families").get("value").isNull()).as("contacts are not known by level").isTrue();
    }

    @Test
    void theEquityBreakdownsHideAFifthThatTheTotalWouldGiveAway() {
        JsonNode equity = commissioner.get(API).json().get("equity");
        JsonNode quintiles = equity.get(0);
        assertThat(quintiles.get("breakdown").asString()).isEqualTo("quintile");
        assertThat(quintiles.get("rows").valueStream().map(r -> r.get("label").asString() + "=" + text(r.get("children"))).toList())
                .containsExactly("1 (most deprived fifth)=10", "5 (least deprived fifth)=10");
        assertThat(quintiles.get("rows").get(1).get("impact").get("discharged").get("suppressed").asBoolean()).as("none discharged").isTrue();
        assertThat(quintiles.get("rows").get(0).get("impact").get("discharged").get("suppressed").asBoolean())
                .as("10 discharged in all: the 10 of the first fifth would give away the other's 0").isTrue();
        assertThat(quintiles.get("rows").get(0).get("impact").get("goalsMet").get("value").isNull()).isTrue();
        JsonNode marple = commissioner.get(API + "&locality=Marple").json().get("equity").get(0).get("rows");
        assertThat(marple.size()).isEqualTo(1);
        assertThat(text(marple.get(0).get("children"))).isEqualTo("10");
    }

    @Test
    void aBadGroupingOrDateIsRefusedNamingIt() {
        Api.Response grouping = commissioner.get("/api/v1/areas/impact-test/impact?groupBy=colour");
        assertThat(grouping.status()).isEqualTo(422);
        assertThat(grouping.body()).contains("groupBy");
        Api.Response date = commissioner.get("/api/v1/areas/impact-test/impact?from=31/02/2026");
        assertThat(date.status()).isEqualTo(422);
        assertThat(date.body()).contains("from");
    }

    @Test
    void theCellsWithImpactEvidenceAreThoseWithAScoredGoalOrTwoRatings() {
        assertThat(evidence).hasSize(1);
        assertThat(evidence.getFirst().outcomeCodesWithEvidence(areas.find("impact-test").orElseThrow())).containsExactly("IN3");
        String page = commissioner.get("/areas/impact-test/provision").body();
        assertThat(page).contains("IN3: Effective intervention, Specialist</td>");
        assertThat(page.substring(page.indexOf("IN3: Effective intervention, Specialist</td>"))).containsPattern("(?s)^.{0,400}Impact evidence</td>");
    }
}
