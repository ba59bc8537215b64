package org.strands.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportRequestsIntegrationTests {

    static final String AREA = "/api/v1/areas/requests-test/requests";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    Api lead;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "requests-test", "lead", "commissioner");
        lead = Api.at(port).as("lead", "demo");
    }

    long request(String route, LocalDate received) {
        Api.Response r = lead.post(AREA, "{\"route\":\"" + route + "\",\"receivedOn\":\"" + received + "\",\"childRef\":\"C-00001\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void milestonesOutOfOrderAreRefusedNamingTheFieldAndNothingIsStored() {
        long id = request("REFERRAL", today.minusDays(30));
        Api.Response early = lead.put(AREA + "/" + id + "/milestones", "{\"firstAdviceOn\":\"" + today.minusDays(31) + "\",\"assessmentOn\":\""
                + today.minusDays(20) + "\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("errors").get(0).get("column").asString()).isEqualTo("firstAdviceOn");
        assertThat(early.json().get("errors").get(0).get("message").asString()).contains("before the request was received");
        Api.Response future = lead.put(AREA + "/" + id + "/milestones", "{\"interventionStartOn\":\"" + today.plusDays(1) + "\"}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("column").asString()).isEqualTo("interventionStartOn");
        JsonNode stored = lead.get(AREA + "/" + id).json();
        assertThat(stored.get("firstAdviceOn").isNull()).isTrue();
        assertThat(stored.get("assessmentOn").isNull()).isTrue();
        assertThat(stored.get("status").asString()).isEqualTo("WAITING");

        JsonNode started = lead.put(AREA + "/" + id + "/milestones", "{\"firstAdviceOn\":\"" + today.minusDays(10) + "\",\"interventionStartOn\":\""
                + today.minusDays(2) + "\"}").json();
        assertThat(started.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(started.get("waitedDays").asInt()).isEqualTo(28);
    }

    @Test
    void aRequestReceivedInTheFutureOrByNoRouteIsRefused() {
        Api.Response r = lead.post(AREA, "{\"route\":\"By pigeon\",\"receivedOn\":\"" + today + "\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("column").asString()).isEqualTo("route");
        Api.Response future = lead.post(AREA, "{\"route\":\"REFERRAL\",\"receivedOn\":\"" + today.plusDays(3) + "\"}");
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("column").asString()).isEqualTo("receivedOn");
        Api.Response name = lead.post(AREA, "{\"route\":\"REFERRAL\",\"receivedOn\":\"" + today + "\",\"childRef\":\"Jane Smith\"}");
        assertThat(name.json().get("errors").get(0).get("column").asString()).isEqualTo("childRef");
    }

    @Test
    void theWaitingListCountsEachBandAndPutsTheLongestWaitFirst() {
        Api.Response area = lead.get(AREA + "?route=LINK_THERAPIST");
        long before18 = area.json().get("waitingByBand").get("UP_TO_18").asLong();
        long shortWait = request("LINK_THERAPIST", today.minusDays(10));
        long longWait = request("LINK_THERAPIST", today.minusDays(400));
        long middle = request("LINK_THERAPIST", today.minusDays(127));
        JsonNode list = Api.at(port).as("commissioner", "demo").get(AREA + "?route=LINK_THERAPIST").json();
        assertThat(list.get("waitingByBand").get("UP_TO_18").asLong()).isEqualTo(before18 + 1);
        assertThat(list.get("waitingByBand").get("OVER_18").asLong()).isEqualTo(1);
        assertThat(list.get("waitingByBand").get("OVER_52").asLong()).isEqualTo(1);
        List<Long> order = list.get("requests").valueStream().map(r -> r.get("id").asLong()).filter(id -> id == shortWait || id == longWait || id == middle).toList();
        assertThat(order).containsExactly(longWait, middle, shortWait);
        assertThat(Api.at(port).as("commissioner", "demo").post(AREA, "{}").status()).isEqualTo(403);
    }

    @Test
    void closingNeedsAReasonAndAnAppointmentIsRecordedWithItsAttendance() {
        long id = request("PROFESSIONAL", today.minusDays(20));
        Api.Response noReason = lead.post(AREA + "/" + id + "/close", "{\"closedOn\":\"" + today + "\"}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("column").asString()).isEqualTo("reason");
        JsonNode withAppointment = lead.post(AREA + "/" + id + "/appointments", "{\"onDate\":\"" + today.minusDays(5)
                + "\",\"attendance\":\"Did not attend\"}").json();
        assertThat(withAppointment.get("appointments").get(0).get("attendance").asString()).isEqualTo("DID_NOT_ATTEND");
        JsonNode closed = lead.post(AREA + "/" + id + "/close", "{\"closedOn\":\"" + today + "\",\"reason\":\"Moved away\"}").json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("waitedDays").asInt()).isEqualTo(20);
    }

    @Test
    void aContactAtEasyAccessOpensARequestAdvisedThatDayAndClosesItWhenAdviceWasEnough() {
        long areaId = areas.find("requests-test").orElseThrow().id();
        LocalDate day = today.minusDays(3);
        long further = contact(areaId, day, List.of(ContactOutcome.REASSURANCE, ContactOutcome.FURTHER_ENQUIRY));
        long enough = contact(areaId, day, List.of(ContactOutcome.REASSURANCE));
        long byPhone = db.sql("insert into access_contact (area_id, route, contact_on, outcomes, recorded_by) values (?, 'ADVICE_LINE', ?, "
                + "array['REFERRAL'], 'lead') returning id").params(areaId, day).query(Long.class).single();
        transaction.executeWithoutResult(s -> events.publishEvent(recorded(areaId, byPhone, Route.ADVICE_LINE, day, List.of(ContactOutcome.REFERRAL))));

        Map<String, Object> open = db.sql("select route, received_on, first_advice_on, status, locality from support_request where contact_id = ?")
                .param(further).query().singleRow();
        assertThat(open).containsEntry("route", "EASY_ACCESS").containsEntry("status", "WAITING").containsEntry("locality", "Bramhall");
        assertThat(open.get("received_on").toString()).isEqualTo(day.toString());
        assertThat(open.get("first_advice_on").toString()).isEqualTo(day.toString());
        Map<String, Object> closed = db.sql("select status, closed_on from support_request where contact_id = ?").param(enough).query().singleRow();
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(closed.get("closed_on").toString()).isEqualTo(day.toString());
        assertThat(db.sql("select count(*) from support_request where contact_id = ?").param(byPhone).query(Long.class).single()).isZero();
    }

    @Test
    void aContactRolledBackTakesItsRequestWithIt() {
        long areaId = areas.find("requests-test").orElseThrow().id();
        long[] id = new long[1];
        try {
            transaction.executeWithoutResult(s -> {
                id[0] = contactRow(areaId, today);
                events.publishEvent(recorded(areaId, id[0], Route.EASY_ACCESS, today, List.of(ContactOutcome.REFERRAL)));
                throw new IllegalStateException("the contact could not be recorded");
            });
        } catch (IllegalStateException expected) {
            // the contact's transaction rolled back
        }
        assertThat(db.sql("select count(*) from support_request where contact_id = ?").param(id[0]).query(Long.class).single()).isZero();
    }

    private long contact(long areaId, LocalDate day, List<ContactOutcome> outcomes) {
        return transaction.execute(s -> {
            long id = contactRow(areaId, day);
            events.publishEvent(recorded(areaId, id, Route.EASY_ACCESS, day, outcomes));
            return id;
        });
    }

    private long contactRow(long areaId, LocalDate day) {
        return db.sql("insert into access_contact (area_id, route, contact_on, outcomes, recorded_by) values (?, 'EASY_ACCESS', ?, array['REASSURANCE'], 'lead') "
                + "returning id").params(areaId, day).query(Long.class).single();
    }

    private static ContactRecorded recorded(long areaId, long contactId, Route route, LocalDate day, List<ContactOutcome> outcomes) {
        return new ContactRecorded(areaId, contactId, null, null, route, day, 3, null, "Bramhall", List.of(Concern.TALKING), outcomes, List.of(),
                false, "lead");
    }
}
