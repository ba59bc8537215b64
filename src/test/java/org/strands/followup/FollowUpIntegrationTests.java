package org.strands.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.access.FollowUpOptIn;
import org.strands.journey.FamilyAnswerLinks;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Formats;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.DropInContacts;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/**
 * A family who opts in when they book a drop-in is asked, some weeks after their contact, by a message that says nothing
 * about the child; answering closes the follow-up and a second answer is refused; stopping the messages from the link
 * stops them all; a message cut off mid-send is not sent twice; senders at once each take different messages.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpIntegrationTests {

    static final String AREA = "follow-up-test";
    static final Map<String, String> PART_2 = Map.of("confidence", "4", "daily-life", "3", "getting-help", "4", "change", "5");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Outbox outbox;

    @Autowired
    FollowUps followUps;

    @Autowired
    FamilyAnswerLinks answerLinks;

    Area area;
    long session;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner");
        area = areas.find(AREA).orElseThrow();
        session = DropInContacts.session(port, AREA);
    }

    @Test
    void aFamilyWhoOptedInIsScheduledWithTheContactAndTheirConsentAsGiven() {
        long contact = contact("opted-in@example.org", true);
        Map<String, Object> f = followUpOf(contact);
        assertThat(f.get("status")).isEqualTo("DUE");
        assertThat(f.get("channel")).isEqualTo("EMAIL");
        java.time.ZonedDateTime due = ((java.sql.Timestamp) f.get("due_at")).toInstant().atZone(Formats.LONDON);
        assertThat(due.toLocalDate()).isEqualTo(LocalDate.now(Formats.LONDON).plusDays(42));
        assertThat(due.getHour()).isEqualTo(10);
        assertThat(db.sql("select words_shown from followup_consent where id = ?").param(f.get("consent_id")).query(String.class).single())
                .isEqualTo(FollowUpOptIn.WORDS);
        assertThat(db.sql("select kind from followup_message where followup_id = ? order by due_at").param(f.get("id")).query(String.class).list())
                .containsExactly("FIRST", "REMINDER");
        assertThat(new String((byte[]) f.get("address"), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("opted-in");
    }

    @Test
    void aFamilyWhoDidNotOptInIsNeverAsked() {
        long contact = contact("not-asked@example.org", false);
        assertThat(db.sql("select count(*) from followup where contact_id = ?").param(contact).query(Long.class).single()).isZero();
    }

    @Test
    void theMessageSaysNothingAboutTheChildAndItsLinkIsAnsweredOnce() {
        long contact = contact("answers@example.org", true);
        long id = (long) followUpOf(contact).get("id");
        makeDue(id, "FIRST");
        dispatchAll();
        assertThat(status(id)).isEqualTo("SENT");
        FollowUps.KeptMessage message = followUps.kept(area, 500).stream().filter(m -> m.to().equals("answers@example.org")).findFirst().orElseThrow();
        assertThat(message.body()).contains(area.name()).contains("/public/" + AREA + "/answers/").contains("/public/" + AREA + "/follow-up/stop/")
                .doesNotContain("She has few words").doesNotContain("Sam");
        String token = token(message.body(), "/answers/");
        assertThat(answerLinks.open(area, token)).get().extracting(FamilyAnswerLinks.Opened::part).isEqualTo(2);
        assertThat(answerLinks.answer(area, token, PART_2)).isTrue();
        assertThat(status(id)).isEqualTo("ANSWERED");
        assertThat(answerLinks.answer(area, token, PART_2)).isFalse();
        assertThat(db.sql("select status from followup_message where followup_id = ? and kind = 'REMINDER'").param(id).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void theReminderGoesAWeekAfterTheFirstMessageToAFamilyWhoHasNotAnswered() {
        long contact = contact("reminded@example.org", true);
        long id = (long) followUpOf(contact).get("id");
        makeDue(id, "FIRST");
        dispatchAll();
        OffsetDateTime sent = db.sql("select sent_at from followup where id = ?").param(id).query(OffsetDateTime.class).single();
        OffsetDateTime reminder = db.sql("select due_at from followup_message where followup_id = ? and kind = 'REMINDER'").param(id)
                .query(OffsetDateTime.class).single();
        assertThat(Duration.between(sent, reminder)).isEqualTo(Duration.ofDays(7));
        makeDue(id, "REMINDER");
        dispatchAll();
        List<FollowUps.KeptMessage> kept = followUps.kept(area, 500).stream().filter(m -> m.to().equals("reminded@example.org")).toList();
        assertThat(kept).hasSize(2);
        assertThat(token(kept.get(0).body(), "/answers/")).isEqualTo(token(kept.get(1).body(), "/answers/"));
        assertThat(kept.get(0).subject()).startsWith("Reminder: ");
    }

    @Test
    void stoppingFromTheLinkStopsEveryMessageToThatAddressAndIsKeptAsHistory() {
        long first = (long) followUpOf(contact("stop@example.org", true)).get("id");
        long second = (long) followUpOf(contact("STOP@example.org", true)).get("id");
        makeDue(first, "FIRST");
        dispatchAll();
        String body = followUps.kept(area, 500).stream().filter(m -> m.to().equalsIgnoreCase("stop@example.org")).findFirst().orElseThrow().body();
        String token = token(body, "/follow-up/stop/");
        assertThat(followUps.knowsLink(area, token)).isTrue();
        assertThat(status(first)).isEqualTo("SENT");
        assertThat(followUps.withdrawByLink(area, token)).isTrue();
        assertThat(status(first)).isEqualTo("WITHDRAWN");
        assertThat(status(second)).isEqualTo("WITHDRAWN");
        makeDue(first, "REMINDER");
        makeDue(second, "FIRST");
        dispatchAll();
        assertThat(followUps.kept(area, 500).stream().filter(m -> m.to().equalsIgnoreCase("stop@example.org"))).hasSize(1);
        assertThat(db.sql("""
                select count(*) from followup_consent c join followup f on c.source_ref = (select source_ref from followup_consent where id = f.consent_id)
                where f.id = ? and not c.given and c.how = 'MESSAGE_LINK'""").param(first).query(Long.class).single()).isEqualTo(1);
        assertThat(followUps.withdrawByLink(area, "x".repeat(43))).isFalse();
    }

    @Test
    void aMessageCutOffMidSendIsLookedUpAndNotSentAgain() {
        long id = (long) followUpOf(contact("cut-off@example.org", true)).get("id");
        makeDue(id, "FIRST");
        db.sql("update followup_message set status = 'SENDING', attempts = 1, claimed_until = now() - interval '1 minute' where followup_id = ? and kind = 'FIRST'")
                .param(id).update();
        List<Outbox.Claimed> claimed = outbox.claim(java.time.Instant.now(), "test", 500).stream().filter(c -> c.followUpId() == id).toList();
        assertThat(claimed).singleElement().satisfies(c -> {
            assertThat(c.cutOff()).isTrue();
            assertThat(c.attempts()).isEqualTo(2);
        });
    }

    @Test
    void sendersAtOnceEachTakeDifferentMessages() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long id = (long) followUpOf(contact("many" + i + "@example.org", true)).get("id");
            makeDue(id, "FIRST");
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<List<Outbox.Claimed>>> claims = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String node = "node-" + i;
            claims.add(() -> {
                List<Outbox.Claimed> mine = new ArrayList<>();
                List<Outbox.Claimed> batch;
                while (!(batch = outbox.claim(java.time.Instant.now(), node, 3)).isEmpty()) {
                    mine.addAll(batch);
                }
                return mine;
            });
        }
        List<Long> taken = new ArrayList<>();
        for (Future<List<Outbox.Claimed>> f : pool.invokeAll(claims)) {
            f.get().forEach(c -> taken.add(c.followUpId()));
        }
        pool.shutdown();
        // the application's own sender runs meanwhile too: between them, each message was taken once
        assertThat(taken).doesNotHaveDuplicates();
        assertThat(db.sql("select attempts from followup_message where kind = 'FIRST' and followup_id = any(?)")
                .param(ids.toArray(Long[]::new)).query(Integer.class).list()).hasSize(30).containsOnly(1);
    }

    @Test
    void aFamilyWhoseLinkRanOutAsksForANewOneAndGetsItOnceADay() {
        long id = (long) followUpOf(contact("ran-out@example.org", true)).get("id");
        makeDue(id, "FIRST");
        dispatchAll();
        String old = token(kept("ran-out@example.org").getFirst().body(), "/answers/");
        db.sql("update followup set expires_at = now() - interval '1 minute' where id = ?").param(id).update();
        db.sql("update journey_answer_link set expires_at = now() - interval '1 minute' where token_hash = sha256(convert_to(?, 'UTF8'))")
                .param(old).update();
        dispatchAll();
        assertThat(status(id)).isEqualTo("EXPIRED");
        assertThat(answerLinks.open(area, old)).isEmpty();

        answerLinks.askForNew(area, old);
        answerLinks.askForNew(area, old);
        answerLinks.askForNew(area, "x".repeat(43));
        dispatchAll();
        List<FollowUps.KeptMessage> kept = kept("ran-out@example.org");
        assertThat(kept).as("one fresh link, not one per ask").hasSize(2);
        String fresh = token(kept.getFirst().body(), "/answers/");
        assertThat(fresh).isNotEqualTo(old);
        assertThat(status(id)).isEqualTo("SENT");
        assertThat(answerLinks.answer(area, fresh, PART_2)).isTrue();
        assertThat(status(id)).isEqualTo("ANSWERED");
        answerLinks.askForNew(area, fresh);
        dispatchAll();
        assertThat(kept("ran-out@example.org")).as("nothing more once answered").hasSize(2);
    }

    private List<FollowUps.KeptMessage> kept(String to) {
        return followUps.kept(area, 500).stream().filter(m -> m.to().equals(to)).toList();
    }

    @Test
    void aFamilyWhoAgreedOnTheChildsRecordIsAskedAfterDischargeUntilTheyWithdraw() {
        Api practitioner = Api.at(port).as("practitioner", "demo");
        long child = practitioner.post("/api/v1/areas/" + AREA + "/children", """
                {"bornMonth":"2022-05","contacts":[{"name":"Kim","email":"kim@example.org"}]}""").json().get("id").asLong();
        Api.Response agreed = practitioner.post("/api/v1/areas/" + AREA + "/children/" + child + "/consents", """
                {"purpose":"FOLLOW_UP_MESSAGES","given":true,"channel":"IN_PERSON"}""");
        assertThat(agreed.status()).as(agreed.body()).isLessThan(300);
        LocalDate today = LocalDate.now(Formats.LONDON);
        long journey = practitioner.post("/api/v1/areas/" + AREA + "/children/" + child + "/journeys", """
                {"source":"BY_HAND","startedOn":"%s","lead":"practitioner"}""".formatted(today.minusDays(30))).json().get("id").asLong();
        Api.Response discharged = practitioner.post("/api/v1/areas/" + AREA + "/journeys/" + journey + "/discharge", """
                {"dischargedOn":"%s","reason":"GOALS_MET"}""".formatted(today));
        assertThat(discharged.status()).as(discharged.body()).isLessThan(300);
        Map<String, Object> f = db.sql("select * from followup where journey_id = ?").param(journey).query().singleRow();
        assertThat(f.get("cause")).isEqualTo("DISCHARGE");
        assertThat(((java.sql.Timestamp) f.get("due_at")).toInstant().atZone(Formats.LONDON).toLocalDate()).isEqualTo(today.plusDays(42));
        assertThat(db.sql("select how from followup_consent where source = 'JOURNEY' and source_ref = ?").param(String.valueOf(child))
                .query(String.class).list()).containsExactly("IN_PERSON");

        practitioner.post("/api/v1/areas/" + AREA + "/children/" + child + "/consents", """
                {"purpose":"FOLLOW_UP_MESSAGES","given":false,"channel":"PHONE"}""");
        assertThat(db.sql("select status from followup where journey_id = ?").param(journey).query(String.class).single()).isEqualTo("WITHDRAWN");
        assertThat(db.sql("select count(*) from followup_consent where source = 'JOURNEY' and source_ref = ? and not given")
                .param(String.valueOf(child)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void whatFamiliesSayAfterAContactShowsInTheAreasImpactReport() {
        Api lead = Api.at(port).as("lead", "demo");
        JsonNode before = lead.get("/api/v1/areas/" + AREA + "/impact?groupBy=level").json().get("total").get("byDirection").get("ALL");
        int heard = 0;
        for (int i = 0; i < 5; i++) {
            long id = (long) followUpOf(contact("heard" + i + "@example.org", true)).get("id");
            makeDue(id, "FIRST");
        }
        dispatchAll();
        for (FollowUps.KeptMessage m : followUps.kept(area, 500)) {
            if (m.to().startsWith("heard") && answerLinks.answer(area, token(m.body(), "/answers/"), PART_2)) {
                heard++;
            }
        }
        assertThat(heard).isEqualTo(5);
        assertThat(db.sql("select count(family_change) from journey_contact c join followup f on f.contact_id = c.contact_id where f.answered_at is not null")
                .query(Long.class).single()).isGreaterThanOrEqualTo(5);
        JsonNode after = lead.get("/api/v1/areas/" + AREA + "/impact?groupBy=level").json().get("total").get("byDirection").get("ALL");
        assertThat(after.get("impact").get("familyChange").get("suppressed").asBoolean()).isFalse();
        assertThat(after.get("impact").get("familyChange").get("value").asDouble()).isGreaterThan(0);
        assertThat(after.get("quality").get("satisfaction").get("value").isNull()).isFalse();
        assertThat(before.get("impact").get("familyChange").get("value").isNull()).isTrue();
    }

    private void dispatchAll() {
        dispatcher.dispatch(500, Duration.ofSeconds(30));
    }

    /** A booking for the drop-in and the contact recorded from it: the contact's id. */
    private long contact(String email, boolean optIn) {
        return DropInContacts.recorded(port, db, AREA, session, email, optIn);
    }

    private Map<String, Object> followUpOf(long contact) {
        return db.sql("select * from followup where contact_id = ?").param(contact).query().singleRow();
    }

    private void makeDue(long followUp, String kind) {
        db.sql("update followup_message set due_at = ? where followup_id = ? and kind = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), followUp, kind).update();
    }

    private String status(long followUp) {
        return db.sql("select status from followup where id = ?").param(followUp).query(String.class).single();
    }

    private static String token(String body, String path) {
        int at = body.indexOf(path) + path.length();
        return body.substring(at, at + 43);
    }
}
