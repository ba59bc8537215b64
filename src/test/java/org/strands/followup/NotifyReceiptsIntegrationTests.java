package org.strands.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.NotifyStandIn;

/** GOV.UK Notify's delivery receipts at the area's callback, and the re-check of messages that never had one. */
@DataTest
class NotifyReceiptsIntegrationTests {

    static final String TOKEN = "a-callback-token-the-area-gave-notify-" + UUID.randomUUID();
    static final String PATH = "/api/v1/public/areas/stockport/follow-ups/notify-receipts";
    static final String KEY = "strands_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AreaRegistry areas;

    @Autowired
    ContactCipher cipher;

    @Autowired
    DeliveryOutcome outcome;

    long area;

    @BeforeEach
    void theAreaSendsByNotify() {
        area = areas.find("stockport").orElseThrow().id();
        db.sql("""
                insert into followup_settings (area_id, provider, notify_api_key, notify_email_template, notify_sms_template, notify_callback_hash)
                values (:area, 'NOTIFY', :key, 'email-template', 'sms-template', :hash)
                on conflict (area_id) do update set provider = 'NOTIFY', notify_api_key = :key, notify_email_template = 'email-template',
                    notify_sms_template = 'sms-template', notify_callback_hash = :hash""")
                .param("area", area).param("key", cipher.seal(KEY)).param("hash", Addresses.sha256(TOKEN)).update();
    }

    record Message(long followup, UUID reference, byte[] addressHash) {
    }

    /** A consent, its follow-up and one message sent by Notify, written as the dispatcher would leave them. */
    Message sentMessage(String providerId, Instant sentAt) {
        String address = "family-" + UUID.randomUUID() + "@example.org";
        long consent = db.sql("""
                insert into followup_consent (area_id, source, source_ref, channel, words_shown, given, how, recorded_at)
                values (?, 'CONTACT', ?, 'EMAIL', 'We may ask you how things are going.', true, 'ONLINE', now()) returning id""")
                .params(area, "receipts-" + UUID.randomUUID()).query(Long.class).single();
        byte[] hash = Addresses.sha256(address);
        long followup = db.sql("""
                insert into followup (area_id, cause, contact_id, consent_id, channel, address, address_hash, status, due_at, sent_at)
                values (?, 'CONTACT', ?, ?, 'EMAIL', ?, ?, 'SENT', now(), now()) returning id""")
                .params(area, ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), consent, cipher.seal(address), hash)
                .query(Long.class).single();
        UUID reference = UUID.randomUUID();
        db.sql("""
                insert into followup_message (area_id, followup_id, kind, reference, status, due_at, provider_id, provider_status, sent_at)
                values (?, ?, 'FIRST', ?, 'SENT', now(), ?, 'created', ?)""")
                .params(area, followup, reference, providerId, java.sql.Timestamp.from(sentAt)).update();
        return new Message(followup, reference, hash);
    }

    Map<String, Object> row(UUID reference) {
        return db.sql("select status, provider_status, delivered_at, last_error from followup_message where reference = ?")
                .param(reference).query().singleRow();
    }

    static String receipt(UUID reference, String status) {
        return """
                {"id":"%s","reference":"%s","to":"family@example.org","status":"%s","created_at":"2026-12-02T10:00:00.000000Z",
                 "completed_at":"2026-12-02T10:05:00.000000Z","sent_at":"2026-12-02T10:00:01.000000Z","notification_type":"email",
                 "template_id":"email-template","template_version":1}""".formatted(UUID.randomUUID(), reference, status);
    }

    Api.Response post(String body, String authorization) {
        return authorization == null ? Api.at(port).post(PATH, body) : Api.at(port).post(PATH, body, "Authorization", authorization);
    }

    @Test
    void aDeliveredReceiptWithTheAreasTokenMarksTheMessageDelivered() {
        Message m = sentMessage(UUID.randomUUID().toString(), Instant.now());

        Api.Response answer = post(receipt(m.reference(), "delivered"), "Bearer " + TOKEN);

        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> row = row(m.reference());
        assertThat(row.get("status")).isEqualTo("DELIVERED");
        assertThat(row.get("provider_status")).isEqualTo("delivered");
        assertThat(((java.sql.Timestamp) row.get("delivered_at")).toInstant()).isEqualTo(Instant.parse("2026-12-02T10:05:00Z"));
    }

    @Test
    void aPermanentFailurePausesTheAddressAndFailsTheFollowUp() {
        Message m = sentMessage(UUID.randomUUID().toString(), Instant.now());
        db.sql("insert into followup_message (area_id, followup_id, kind, reference, status, due_at) values (?, ?, 'REMINDER', ?, 'QUEUED', now())")
                .params(area, m.followup(), UUID.randomUUID()).update();

        assertThat(post(receipt(m.reference(), "permanent-failure"), "Bearer " + TOKEN).status()).isEqualTo(200);

        Map<String, Object> row = row(m.reference());
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat((String) row.get("last_error")).contains("could not deliver");
        assertThat(db.sql("select status from followup where id = ?").param(m.followup()).query(String.class).single()).isEqualTo("FAILED");
        assertThat(db.sql("select status from followup_message where followup_id = ? and kind = 'REMINDER'").param(m.followup())
                .query(String.class).single()).isEqualTo("CANCELLED");
        assertThat(db.sql("select count(*) from followup_paused_address where area_id = ? and address_hash = ?")
                .params(area, m.addressHash()).query(Long.class).single()).isEqualTo(1L);
        // Notify sending the receipt again changes nothing more
        assertThat(post(receipt(m.reference(), "permanent-failure"), "Bearer " + TOKEN).status()).isEqualTo(200);
    }

    @Test
    void aTemporaryFailureFailsTheMessageWithoutPausingTheAddress() {
        Message m = sentMessage(UUID.randomUUID().toString(), Instant.now());

        assertThat(post(receipt(m.reference(), "temporary-failure"), "Bearer " + TOKEN).status()).isEqualTo(200);

        assertThat(row(m.reference()).get("status")).isEqualTo("FAILED");
        assertThat(db.sql("select count(*) from followup_paused_address where area_id = ? and address_hash = ?")
                .params(area, m.addressHash()).query(Long.class).single()).isZero();
    }

    @Test
    void aWrongOrMissingTokenIsRefusedWithNoDetailAndChangesNothing() {
        Message m = sentMessage(UUID.randomUUID().toString(), Instant.now());

        Api.Response wrong = post(receipt(m.reference(), "delivered"), "Bearer " + TOKEN + "x");
        Api.Response missing = post(receipt(m.reference(), "delivered"), null);
        Api.Response notBearer = post(receipt(m.reference(), "delivered"), "Basic " + TOKEN);
        Api.Response otherArea = Api.at(port).post(PATH.replace("stockport", "no-such-area"), receipt(m.reference(), "delivered"),
                "Authorization", "Bearer " + TOKEN);

        for (Api.Response refused : java.util.List.of(wrong, missing, notBearer, otherArea)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body()).doesNotContain(TOKEN, "followup", "hash");
        }
        assertThat(row(m.reference()).get("status")).isEqualTo("SENT");
        assertThat(row(m.reference()).get("provider_status")).isEqualTo("created");
    }

    @Test
    void aReceiptForAReferenceWeDoNotKnowIsTakenAndDropped() {
        assertThat(post(receipt(UUID.randomUUID(), "delivered"), "Bearer " + TOKEN).status()).isEqualTo(200);
        assertThat(post(receipt(UUID.randomUUID(), "delivered").replaceFirst("\"reference\":\"[^\"]+\"", "\"reference\":null"),
                "Bearer " + TOKEN).status()).isEqualTo(200);
    }

    @Test
    void aReceiptThatIsNotNotifysIsABadRequestAndAHugeOneIsRefused() {
        Message m = sentMessage(UUID.randomUUID().toString(), Instant.now());

        assertThat(post(receipt(m.reference(), "exploded"), "Bearer " + TOKEN).status()).isEqualTo(400);
        assertThat(post("{", "Bearer " + TOKEN).status()).isEqualTo(400);
        assertThat(post("[]", "Bearer " + TOKEN).status()).isEqualTo(400);
        Api.Response huge = post("{\"status\":\"delivered\",\"padding\":\"" + "x".repeat(70 * 1024) + "\"}", "Bearer " + TOKEN);
        assertThat(huge.status()).isBetween(400, 499);
        Api.Response over = post("{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", "Bearer " + TOKEN);
        assertThat(over.status()).isBetween(400, 499);
        assertThat(row(m.reference()).get("status")).isEqualTo("SENT");
    }

    @Test
    void aMessageStillSendingADayLaterIsAskedAboutAgain() {
        try (NotifyStandIn standIn = NotifyStandIn.start()) {
            Instant now = Instant.now();
            UUID waitingReference = UUID.randomUUID();
            String held = standIn.hold(waitingReference.toString(), "delivered");
            Message waiting = sentMessage(held, now.minus(Duration.ofHours(30)));
            db.sql("update followup_message set reference = ? where reference = ?").params(waitingReference, waiting.reference()).update();
            Message recent = sentMessage(standIn.hold(UUID.randomUUID().toString(), "delivered"), now.minus(Duration.ofHours(2)));
            NotifyRecheck recheck = new NotifyRecheck(db, new NotifySender(standIn.baseUrl()), outcome, cipher, java.time.Clock.systemUTC());

            assertThat(recheck.recheck(now)).isGreaterThanOrEqualTo(1);

            assertThat(row(waitingReference).get("status")).isEqualTo("DELIVERED");
            assertThat(row(recent.reference()).get("status")).isEqualTo("SENT");
        }
    }
}
