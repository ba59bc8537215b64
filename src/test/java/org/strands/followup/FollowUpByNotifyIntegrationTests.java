package org.strands.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.DropInContacts;
import org.strands.support.NotifyStandIn;
import org.strands.support.TestAreas;

/**
 * The dispatcher sending by GOV.UK Notify (a stand-in for its HTTP API): Notify's refusal of an address fails the
 * follow-up and pauses the address; a key or template Notify will not take leaves the message waiting, tried again
 * with backoff, and failed and shown to staff after the last try; a message handed to Notify whose answer never came is
 * looked up by its reference before it is sent again, so it is not sent twice.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpByNotifyIntegrationTests {

    static final String AREA = "follow-up-notify";
    static final NotifyStandIn NOTIFY = NotifyStandIn.start();

    @DynamicPropertySource
    static void notifyIsTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("strands.notify.base-url", NOTIFY::baseUrl);
        // the test runs the dispatcher itself
        registry.add("strands.follow-up.dispatching", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    ContactCipher cipher;

    @Autowired
    Dispatcher dispatcher;

    long area;
    long session;

    @BeforeAll
    void anAreaThatSendsByNotify() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner");
        area = areas.find(AREA).orElseThrow().id();
        session = DropInContacts.session(port, AREA);
        db.sql("""
                insert into followup_settings (area_id, provider, notify_api_key, notify_email_template, notify_sms_template)
                values (?, 'NOTIFY', ?, 'email-template', 'sms-template')""")
                .params(area, cipher.seal(FollowUpSendersIntegrationTests.KEY)).update();
    }

    @AfterAll
    void stopTheStandIn() {
        NOTIFY.close();
    }

    @Test
    void notifysRefusalOfTheAddressFailsTheFollowUpPausesTheAddressAndShowsWhy() {
        long followUp = dueFollowUp("refused@example.org");
        NOTIFY.failNext(1, 400, "ValidationError", "email_address Not a valid email address");

        dispatcher.dispatch(50, Duration.ofSeconds(30));

        assertThat(first(followUp)).containsEntry("status", "FAILED")
                .containsEntry("last_error", "Notify: ValidationError: email_address Not a valid email address");
        assertThat(db.sql("select status from followup where id = ?").param(followUp).query(String.class).single()).isEqualTo("FAILED");
        assertThat(paused(followUp)).isEqualTo(1);
    }

    @Test
    void aKeyNotifyWillNotTakeLeavesTheMessageWaitingWithBackoffThenFailedAfterTheLastTryWithoutPausingTheFamily() {
        long followUp = dueFollowUp("waits@example.org");
        NOTIFY.failNext(1, 403, "AuthError", "Invalid token: API key not found");

        dispatcher.dispatch(50, Duration.ofSeconds(30));

        Map<String, Object> waiting = first(followUp);
        assertThat(waiting).containsEntry("status", "QUEUED").containsEntry("attempts", 1)
                .containsEntry("last_error", "Notify: AuthError: Invalid token: API key not found");
        assertThat(((java.sql.Timestamp) waiting.get("due_at")).toInstant()).isAfter(java.time.Instant.now().plusSeconds(50));
        assertThat(db.sql("select status from followup where id = ?").param(followUp).query(String.class).single()).isEqualTo("DUE");

        // the fifth wait over, the sixth try fails too: the message and follow-up fail, shown to staff, the address not paused
        // (as a try that was never handed to Notify leaves it: else Notify is first asked whether it has the message)
        db.sql("""
                update followup_message set attempts = 5, due_at = now() - interval '1 minute', handed_over_at = null
                where followup_id = ? and kind = 'FIRST'""")
                .param(followUp).update();
        NOTIFY.failNext(1, 500, "Exception", "Internal server error");
        dispatcher.dispatch(50, Duration.ofSeconds(30));

        assertThat(first(followUp)).containsEntry("status", "FAILED").containsEntry("attempts", 6)
                .containsEntry("last_error", "Not sent after 6 tries: Notify: Exception: Internal server error");
        assertThat(db.sql("select status from followup where id = ?").param(followUp).query(String.class).single()).isEqualTo("FAILED");
        assertThat(paused(followUp)).as("the family's address is not at fault").isZero();
        // shown to staff, with why
        tools.jackson.databind.JsonNode failed = Api.at(port).as("lead", "demo").get("/api/v1/areas/" + AREA + "/follow-ups?status=FAILED")
                .json().get("followUps");
        assertThat(failed.valueStream().filter(f -> f.get("id").asLong() == followUp).map(f -> f.get("problem").asString()).toList())
                .containsExactly("Not sent after 6 tries: Notify: Exception: Internal server error");
    }

    @Test
    void aMessageHandedToNotifyWhoseAnswerNeverCameIsLookedUpNotSentTwice() {
        long followUp = dueFollowUp("timed-out@example.org");
        // as a try leaves it when Notify took the message but its answer did not come back in time
        UUID reference = db.sql("""
                update followup_message set attempts = 1, handed_over_at = now() - interval '2 minutes', last_error = 'Notify could not be reached'
                where followup_id = ? and kind = 'FIRST' returning reference""").param(followUp).query(UUID.class).single();
        String held = NOTIFY.hold(reference.toString(), "sending");
        int postedBefore = NOTIFY.received().size();

        dispatcher.dispatch(50, Duration.ofSeconds(30));

        assertThat(NOTIFY.received()).as("nothing posted again").hasSize(postedBefore);
        assertThat(first(followUp)).containsEntry("status", "SENT").containsEntry("provider_id", held);
        assertThat(db.sql("select status from followup where id = ?").param(followUp).query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void aMessageNotifyNeverHadIsSentOnceWithItsReference() {
        long followUp = dueFollowUp("sent-once@example.org");
        UUID reference = db.sql("""
                update followup_message set attempts = 1, handed_over_at = now() - interval '2 minutes'
                where followup_id = ? and kind = 'FIRST' returning reference""").param(followUp).query(UUID.class).single();

        dispatcher.dispatch(50, Duration.ofSeconds(30));

        assertThat(NOTIFY.received().stream().filter(r -> r.body().path("reference").asString("").equals(reference.toString()))).hasSize(1);
        assertThat(first(followUp)).containsEntry("status", "SENT");
    }

    /** A family who opted in at a drop-in, their first message due now: the follow-up's id. */
    private long dueFollowUp(String email) {
        long contact = DropInContacts.recorded(port, db, AREA, session, email, true);
        long followUp = db.sql("select id from followup where contact_id = ?").param(contact).query(Long.class).single();
        db.sql("update followup_message set due_at = ? where followup_id = ? and kind = 'FIRST'")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), followUp).update();
        return followUp;
    }

    private long paused(long followUp) {
        return db.sql("""
                select count(*) from followup_paused_address p join followup f on f.address_hash = p.address_hash and f.area_id = p.area_id
                where f.id = ?""").param(followUp).query(Long.class).single();
    }

    private Map<String, Object> first(long followUp) {
        return db.sql("select status, attempts, last_error, due_at, provider_id from followup_message where followup_id = ? and kind = 'FIRST'")
                .param(followUp).query().singleRow();
    }
}
