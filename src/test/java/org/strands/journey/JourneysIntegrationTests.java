package org.strands.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.platform.Role;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/** A child's journey through the API: recording, bad input named by its field with nothing half-stored, and who may see it. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneysIntegrationTests {

    static final String AREA = "/api/v1/areas/journeys-test";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    Api practitioner;
    Api other;
    Api lead;
    Api commissioner;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "journeys-test", "lead", "practitioner", "commissioner");
        people.ensure("practitioner-b", "Bo Practitioner", "demo-password-b", false);
        people.grant("practitioner-b", areas.find("journeys-test").orElseThrow().id(), Role.PRACTITIONER);
        practitioner = Api.at(port).as("practitioner", "demo");
        other = Api.at(port).as("practitioner-b", "demo-password-b");
        lead = Api.at(port).as("lead", "demo");
        commissioner = Api.at(port).as("commissioner", "demo");
    }

    long child(Api as, String extra) {
        Api.Response r = as.post(AREA + "/children", "{\"bornMonth\":\"" + today.minusYears(4).toString().substring(0, 7) + "\"" + extra + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("ref").asString()).matches("C-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
        return r.json().get("id").asLong();
    }

    long journey(Api as, long child, LocalDate started) {
        Api.Response r = as.post(AREA + "/children/" + child + "/journeys", "{\"source\":\"BY_HAND\",\"startedOn\":\"" + started + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    long goal(Api as, long journey, String weight, LocalDate setOn) {
        Api.Response r = as.post(AREA + "/journeys/" + journey + "/goals", "{\"goal\":\"Asks for a turn in a game with two words\","
                + "\"domain\":\"PARTICIPATION\",\"muchLess\":\"Waits to be offered\",\"less\":\"Points to ask\",\"expected\":\"Asks with two words\","
                + "\"more\":\"Asks with a short sentence\",\"muchMore\":\"Asks and gives turns to others\",\"weight\":\"" + weight
                + "\",\"baseline\":\"-1\",\"setOn\":\"" + setOn + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static String column(Api.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        return r.json().get("errors").get(0).get("column").asString();
    }

    @Test
    void aChildIsRecordedWithTheMinimumDataTheNhsNumberAndContactsSealed() {
        long id = child(practitioner, ",\"nhsNumber\":\"943 476 5919\",\"settingRef\":\"106074\",\"languages\":[\"Polish\",\"English\"],"
                + "\"interpreterNeeded\":true,\"sex\":\"FEMALE\",\"ethnicity\":\"OTHER_WHITE\","
                + "\"contacts\":[{\"name\":\"Ann Example\",\"email\":\"ann@example.org\",\"mobile\":\"+44 7700 900123\"}]");
        byte[] nhs = db.sql("select nhs_number from journey_child where id = ?").param(id).query(byte[].class).single();
        assertThat(new String(nhs, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("9434765919");
        byte[] contact = db.sql("select family_contact from journey_child where id = ?").param(id).query(byte[].class).single();
        assertThat(new String(contact, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("ann@example.org");
        assertThat(db.sql("select locality from journey_child where id = ?").param(id).query(String.class).single()).isNotBlank();
        JsonNode list = practitioner.get(AREA + "/children").json();
        assertThat(list.get("children").toString()).contains("\"id\":" + id).doesNotContain("9434765919").doesNotContain("ann@example.org");
    }

    @Test
    void badChildDetailsAreRefusedNamingTheFieldAndNothingIsStored() {
        long before = db.sql("select count(*) from journey_child").query(Long.class).single();
        String born = today.minusYears(3).toString().substring(0, 7);
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + born + "\",\"nhsNumber\":\"943 476 5918\"}")))
                .isEqualTo("nhsNumber");
        // 10 digits whose check digit works out as 10: never issued
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + born + "\",\"nhsNumber\":\"0000000060\"}")))
                .isEqualTo("nhsNumber");
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + today.plusMonths(1).toString().substring(0, 7) + "\"}")))
                .isEqualTo("bornMonth");
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + today.minusYears(26).toString().substring(0, 7) + "\"}")))
                .isEqualTo("bornMonth");
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + born + "\",\"smallArea\":\"E09999999\"}")))
                .isEqualTo("smallArea");
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + born + "\",\"settingRef\":\"999999999\"}")))
                .isEqualTo("settingRef");
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + born
                + "\",\"contacts\":[{\"name\":\"Ann\",\"mobile\":\"01612345678\"}]}"))).isEqualTo("contact1Mobile");
        assertThat(column(practitioner.post(AREA + "/children", "{\"bornMonth\":\"" + born + "\",\"sex\":\"unknown\"}"))).isEqualTo("sex");
        assertThat(db.sql("select count(*) from journey_child").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aReviewScoresEveryGoalAndStoresItsTScoreWithUnequalWeights() {
        long child = child(practitioner, "");
        long journey = journey(practitioner, child, today.minusDays(100));
        long heavy = goal(practitioner, journey, "2", today.minusDays(90));
        long light = goal(practitioner, journey, "1", today.minusDays(90));
        Api.Response first = practitioner.post(AREA + "/journeys/" + journey + "/reviews", "{\"reviewedOn\":\"" + today.minusDays(60)
                + "\",\"scores\":[{\"goalId\":\"" + heavy + "\",\"score\":\"1\"},{\"goalId\":\"" + light + "\",\"score\":\"-1\"}]}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Response second = practitioner.post(AREA + "/journeys/" + journey + "/reviews", "{\"reviewedOn\":\"" + today.minusDays(30)
                + "\",\"scores\":[{\"goalId\":\"" + heavy + "\",\"score\":\"0\"},{\"goalId\":\"" + light + "\",\"score\":\"2\"}]}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        // by hand: Σw² = 5, (Σw)² = 9, √(0.7·5 + 0.3·9) = √6.2 = 2.48998; T = 50 + 10·Σwx / 2.48998
        // first: Σwx = 2·1 + 1·(−1) = 1, T = 54.016 → 54.02; second: Σwx = 2·0 + 1·2 = 2, T = 58.032 → 58.03
        Api.Response gas = practitioner.get(AREA + "/children/" + child + "/goal-attainment");
        assertThat(gas.status()).as(gas.body()).isEqualTo(200);
        assertThat(gas.body()).isEqualTo("{\"reviews\":[{\"date\":\"" + today.minusDays(60) + "\",\"tScore\":54.02,\"goals\":[{\"goalId\":" + heavy
                + ",\"weight\":2,\"score\":1},{\"goalId\":" + light + ",\"weight\":1,\"score\":-1}]},{\"date\":\"" + today.minusDays(30)
                + "\",\"tScore\":58.03,\"goals\":[{\"goalId\":" + heavy + ",\"weight\":2,\"score\":0},{\"goalId\":" + light
                + ",\"weight\":1,\"score\":2}]}]}");
    }

    @Test
    void badScoresAndDatesAreRefusedNamingTheFieldAndNothingIsHalfStored() {
        long child = child(practitioner, "");
        long journey = journey(practitioner, child, today.minusDays(50));
        long early = goal(practitioner, journey, "1", today.minusDays(40));
        long late = goal(practitioner, journey, "1", today.minusDays(10));
        String path = AREA + "/journeys/" + journey + "/reviews";
        assertThat(column(practitioner.post(path, "{\"reviewedOn\":\"" + today + "\",\"scores\":[{\"goalId\":\"" + early
                + "\",\"score\":\"3\"},{\"goalId\":\"" + late + "\",\"score\":\"0\"}]}"))).isEqualTo("score-" + early);
        assertThat(column(practitioner.post(path, "{\"reviewedOn\":\"" + today.minusDays(20) + "\",\"scores\":[{\"goalId\":\"" + early
                + "\",\"score\":\"0\"},{\"goalId\":\"" + late + "\",\"score\":\"0\"}]}"))).isEqualTo("score-" + late);
        assertThat(column(practitioner.post(path, "{\"reviewedOn\":\"" + today.minusDays(60) + "\",\"scores\":[]}"))).isEqualTo("reviewedOn");
        assertThat(column(practitioner.post(path, "{\"reviewedOn\":\"" + today.plusDays(1) + "\",\"scores\":[]}"))).isEqualTo("reviewedOn");
        assertThat(column(practitioner.post(path, "{\"reviewedOn\":\"" + today + "\",\"scores\":[{\"goalId\":\"" + early
                + "\",\"score\":\"1\"}]}"))).isEqualTo("score-" + late);
        assertThat(db.sql("select count(*) from journey_review where journey_id = ?").param(journey).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from journey_goal_score where goal_id in (?, ?)").params(early, late).query(Long.class).single()).isZero();
        assertThat(column(practitioner.post(AREA + "/journeys/" + journey + "/goals", "{\"goal\":\"x\",\"domain\":\"ACTIVITY\",\"muchLess\":\"a\","
                + "\"less\":\"b\",\"expected\":\"c\",\"more\":\"d\",\"muchMore\":\"e\",\"baseline\":\"0\",\"setOn\":\"" + today + "\"}"))).isEqualTo("baseline");
        assertThat(column(practitioner.post(AREA + "/journeys/" + journey + "/ratings", "{\"ratedOn\":\"" + today
                + "\",\"occasion\":\"START\",\"impairment\":\"2\",\"activity\":\"2.3\"}"))).isEqualTo("activity");
        assertThat(db.sql("select count(*) from journey_rating where journey_id = ?").param(journey).query(Long.class).single()).isZero();
        assertThat(column(practitioner.post(AREA + "/journeys/" + journey + "/discharge", "{\"dischargedOn\":\"" + today + "\"}")))
                .isEqualTo("reason");
        assertThat(db.sql("select discharged_on from journey_journey where id = ?").param(journey).query(LocalDate.class).optional()).isEmpty();
        assertThat(column(practitioner.post(AREA + "/children/" + child + "/journeys", "{\"source\":\"BY_HAND\",\"startedOn\":\"" + today + "\"}")))
                .isEqualTo("source");
    }

    @Test
    void aJourneyStartsFromAContactTheListenerKept() throws InterruptedException {
        Api.Response contact = practitioner.post(AREA + "/contacts", "{\"route\":\"ADVICE_LINE\",\"contactOn\":\"" + today.minusDays(3)
                + "\",\"childAgeYears\":4,\"settingRef\":\"106074\",\"concerns\":[],\"outcomes\":[\"FURTHER_ENQUIRY\"],\"offerIds\":[]}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        long contactId = contact.json().get("id").asLong();
        for (int i = 0; i < 100 && db.sql("select count(*) from journey_contact where contact_id = ?").param(contactId).query(Long.class).single() == 0; i++) {
            Thread.sleep(100);
        }
        long child = child(practitioner, "");
        assertThat(column(practitioner.post(AREA + "/children/" + child + "/journeys", "{\"source\":\"CONTACT\",\"contactId\":\"" + contactId
                + "\",\"startedOn\":\"" + today.minusDays(4) + "\"}"))).isEqualTo("startedOn");
        Api.Response started = practitioner.post(AREA + "/children/" + child + "/journeys", "{\"source\":\"CONTACT\",\"contactId\":\""
                + contactId + "\",\"startedOn\":\"" + today.minusDays(2) + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(db.sql("select from_contact from journey_summary where journey_id = ?").param(started.json().get("id").asLong())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aPractitionerSeesOnlyTheirCaseloadAndACommissionerNoChild() {
        long child = child(practitioner, "");
        journey(practitioner, child, today.minusDays(5));
        assertThat(other.get(AREA + "/children/" + child + "/goal-attainment").status()).isEqualTo(404);
        assertThat(other.post(AREA + "/children/" + child + "/journeys", "{\"source\":\"BY_HAND\",\"startedOn\":\"" + today + "\"}").status())
                .isEqualTo(404);
        assertThat(other.get(AREA + "/children").body()).doesNotContain("\"id\":" + child + ",");
        assertThat(lead.get(AREA + "/children/" + child + "/goal-attainment").status()).isEqualTo(200);
        assertThat(commissioner.get(AREA + "/children").status()).isEqualTo(403);
        assertThat(commissioner.get(AREA + "/children/" + child + "/goal-attainment").status()).isEqualTo(403);
        assertThat(db.sql("select count(*) from audit_event where action = 'READ' and subject_type = 'child' and subject_id = ?")
                .param(String.valueOf(child)).query(Long.class).single()).isPositive();
    }
}
