package org.strands.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;

/** The journey summary, worked out by hand for one journey and compared column by column with the set-based upsert. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneySummariesIntegrationTests {

    static final String AREA = "/api/v1/areas/summaries-test";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    JourneySummaries summaries;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    Api lead;
    long areaId;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "summaries-test", "lead");
        areaId = areas.find("summaries-test").orElseThrow().id();
        lead = Api.at(port).as("lead", "demo");
    }

    long post(String path, String json) {
        Api.Response r = lead.post(AREA + path, json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.body().isBlank() ? 0 : r.json().path("id").asLong();
    }

    Map<String, Object> summary(long journey) {
        return db.sql("select * from journey_summary where journey_id = ?").param(journey).query().singleRow();
    }

    @Test
    void everyColumnMatchesTheJourneyWorkedOutByHand() {
        long child = post("/children", "{\"bornMonth\":\"" + today.minusYears(5).toString().substring(0, 7)
                + "\",\"settingRef\":\"106074\",\"languages\":[\"Urdu\",\"English\"],\"sex\":\"MALE\",\"ethnicity\":\"PAKISTANI\"}");
        long journey = post("/children/" + child + "/journeys", "{\"source\":\"BY_HAND\",\"startedOn\":\"" + today.minusDays(100) + "\"}");
        post("/journeys/" + journey + "/plan-items", "{\"outcomeCode\":\"FS1\",\"title\":\"Talk and play group\",\"deliveredBy\":\"FAMILY\","
                + "\"direction\":\"IMPROVE\",\"startsOn\":\"" + today.minusDays(95) + "\",\"hours\":\"10\",\"sessions\":\"5\",\"cost\":\"100\"}");
        post("/journeys/" + journey + "/plan-items", "{\"outcomeCode\":\"IN3\",\"title\":\"Individual therapy\",\"deliveredBy\":\"THERAPIST\","
                + "\"direction\":\"SUSTAIN\",\"startsOn\":\"" + today.minusDays(95) + "\",\"hours\":\"2.5\",\"sessions\":\"3\",\"cost\":\"50.50\"}");
        post("/journeys/" + journey + "/plan-items", "{\"outcomeCode\":\"FS1\",\"title\":\"Home programme\",\"deliveredBy\":\"FAMILY\","
                + "\"direction\":\"IMPROVE\",\"startsOn\":\"" + today.minusDays(95) + "\"}");
        String levels = "\"muchLess\":\"a\",\"less\":\"b\",\"expected\":\"c\",\"more\":\"d\",\"muchMore\":\"e\",\"baseline\":\"-2\"";
        long heavy = post("/journeys/" + journey + "/goals", "{\"goal\":\"One\",\"domain\":\"ACTIVITY\"," + levels + ",\"weight\":\"2\",\"setOn\":\""
                + today.minusDays(90) + "\"}");
        long light = post("/journeys/" + journey + "/goals", "{\"goal\":\"Two\",\"domain\":\"WELLBEING\"," + levels + ",\"setOn\":\""
                + today.minusDays(90) + "\"}");
        post("/journeys/" + journey + "/ratings", "{\"ratedOn\":\"" + today.minusDays(90) + "\",\"occasion\":\"START\",\"impairment\":\"2\","
                + "\"activity\":\"1.5\"}");
        post("/journeys/" + journey + "/reviews", "{\"reviewedOn\":\"" + today.minusDays(60) + "\",\"scores\":[{\"goalId\":\"" + heavy
                + "\",\"score\":\"1\"},{\"goalId\":\"" + light + "\",\"score\":\"-1\"}]}");
        post("/journeys/" + journey + "/reviews", "{\"reviewedOn\":\"" + today.minusDays(30) + "\",\"scores\":[{\"goalId\":\"" + heavy
                + "\",\"score\":\"0\"},{\"goalId\":\"" + light + "\",\"score\":\"-2\"}]}");
        post("/journeys/" + journey + "/goals", "{\"goal\":\"Three\",\"domain\":\"IMPAIRMENT\"," + levels + ",\"setOn\":\"" + today.minusDays(20) + "\"}");
        post("/journeys/" + journey + "/ratings", "{\"ratedOn\":\"" + today.minusDays(30) + "\",\"occasion\":\"REVIEW\",\"impairment\":\"3\"}");

        Map<String, Object> s = summary(journey);
        assertThat(s.get("from_contact")).isEqualTo(false);
        assertThat(s.get("language")).isEqualTo("Urdu");
        assertThat(s.get("sex")).isEqualTo("MALE");
        assertThat(s.get("setting_ref")).isEqualTo("106074");
        assertThat(s.get("outcome_codes").toString()).isEqualTo("{FS1,IN3}");
        assertThat(s.get("directions").toString()).isEqualTo("{IMPROVE,SUSTAIN}");
        assertThat(s.get("offer_ids").toString()).isEqualTo("{}");
        assertThat((BigDecimal) s.get("hours")).isEqualByComparingTo("12.5");
        assertThat(s.get("sessions")).isEqualTo(8);
        assertThat((BigDecimal) s.get("cost")).isEqualByComparingTo("150.5");
        // three goals, two scored; latest scores 0 (met) and −2 (not met)
        assertThat(s.get("goals")).isEqualTo(3);
        assertThat(s.get("goals_scored")).isEqualTo(2);
        assertThat(s.get("goals_met")).isEqualTo(1);
        // first review T = 54.02 (see JourneysIntegrationTests); latest: Σwx = 2·0 + 1·(−2) = −2, T = 50 − 20/2.48998 = 41.97
        assertThat((BigDecimal) s.get("first_t")).isEqualByComparingTo("54.02");
        assertThat((BigDecimal) s.get("latest_t")).isEqualByComparingTo("41.97");
        assertThat(s.get("discharge_t")).isNull();
        assertThat((BigDecimal) s.get("impairment_first")).isEqualByComparingTo("2");
        assertThat((BigDecimal) s.get("impairment_latest")).isEqualByComparingTo("3");
        assertThat((BigDecimal) s.get("activity_first")).isEqualByComparingTo("1.5");
        assertThat((BigDecimal) s.get("activity_latest")).isEqualByComparingTo("1.5");
        assertThat(s.get("participation_first")).isNull();
        assertThat(s.get("family_satisfaction")).isNull();

        // a family's answers: satisfaction 4 of 5 → (4 − 1)/(5 − 1) = 0.75; change 2 of 3 → 0.5
        transaction.executeWithoutResult(tx -> {
            long questionnaire = db.sql("insert into journey_questionnaire (area_id, key, title) values (?, 'summary-test', 'Test') returning id")
                    .param(areaId).query(Long.class).single();
            long satisfied = db.sql("insert into journey_question (questionnaire_id, part, position, key, wording, kind, scale, measures) "
                    + "values (?, 2, 1, 'satisfied', 'How happy?', 'SCALE', '{a,b,c,d,e}', 'SATISFACTION') returning id")
                    .param(questionnaire).query(Long.class).single();
            long changed = db.sql("insert into journey_question (questionnaire_id, part, position, key, wording, kind, scale, measures) "
                    + "values (?, 2, 2, 'changed', 'What changed?', 'SCALE', '{x,y,z}', 'CHANGE') returning id")
                    .param(questionnaire).query(Long.class).single();
            long set = db.sql("insert into journey_answer_set (area_id, questionnaire_id, part, journey_id, answered_on, entered_by) "
                    + "values (?, ?, 2, ?, ?, 'lead') returning id").params(areaId, questionnaire, journey, today.minusDays(5)).query(Long.class).single();
            db.sql("insert into journey_answer (answer_set_id, question_id, scale_value) values (?, ?, 4), (?, ?, 2)")
                    .params(set, satisfied, set, changed).update();
            events.publishEvent(new FamilyAnswered(areaId, set, journey, null, 2));
        });
        assertThat((BigDecimal) summary(journey).get("family_satisfaction")).isEqualByComparingTo("0.75");
        assertThat((BigDecimal) summary(journey).get("family_change")).isEqualByComparingTo("0.5");

        post("/journeys/" + journey + "/discharge", "{\"dischargedOn\":\"" + today.minusDays(1) + "\",\"reason\":\"EQUIPPED_TO_CARRY_ON\"}");
        s = summary(journey);
        assertThat(s.get("discharge_reason")).isEqualTo("EQUIPPED_TO_CARRY_ON");
        assertThat((BigDecimal) s.get("discharge_t")).isEqualByComparingTo("41.97");

        // refreshAll computes the same row again from scratch
        db.sql("delete from journey_summary where journey_id = ?").param(journey).update();
        summaries.refreshAll(areaId);
        assertThat(summary(journey).toString()).isEqualTo(s.toString());
    }
}
