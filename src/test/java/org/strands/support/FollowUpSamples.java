package org.strands.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.ContactCipher;

/**
 * Synthetic follow-ups, inserted as the follow-up module stores them: a consent, the follow-up with its address sealed
 * and hashed, a stop link known by its hash, and (for one that was sent by the log channel) the message kept.
 */
public final class FollowUpSamples {

    private FollowUpSamples() {
    }

    /** A follow-up to the email address in the status, due (or sent) at the time: its id. */
    public static long followUp(JdbcClient db, ContactCipher cipher, long areaId, String email, String route, String locality, String status,
            Instant due) {
        long consent = db.sql("""
                insert into followup_consent (area_id, source, source_ref, channel, words_shown, given, how, recorded_at)
                values (?, 'BOOKING', ?, 'EMAIL', 'You may write to me in a few weeks to ask how things are going.', true, 'ONLINE', now())
                returning id""").params(areaId, UUID.randomUUID().toString()).query(Long.class).single();
        boolean sent = !"DUE".equals(status);
        return db.sql("""
                insert into followup (area_id, cause, contact_id, consent_id, channel, address, address_hash, route, locality, status, due_at,
                    sent_at, answered_at, closed_at)
                values (?, 'CONTACT', ?, ?, 'EMAIL', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(areaId, 900_000_000L + (System.nanoTime() & 0x3fffffffL), consent, cipher.seal(email),
                        sha256("EMAIL:" + email.toLowerCase(java.util.Locale.ROOT)), route, locality, status, due.atOffset(ZoneOffset.UTC),
                        sent ? due.atOffset(ZoneOffset.UTC) : null, "ANSWERED".equals(status) ? due.plusSeconds(86_400).atOffset(ZoneOffset.UTC) : null,
                        "DUE".equals(status) || "SENT".equals(status) || "FAILED".equals(status) ? null : due.atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Gives the follow-up a stop link with this token (43 URL-safe characters), as its first message would. */
    public static void stopLink(JdbcClient db, long followUpId, String token) {
        db.sql("update followup set withdraw_hash = ? where id = ?").params(sha256(token), followUpId).update();
    }

    /** A message of the follow-up sent by the log channel, its words kept sealed as the demo keeps them. */
    public static void keptMessage(JdbcClient db, ContactCipher cipher, long areaId, long followUpId, String email, String areaName,
            String answerLink, String stopLink) {
        UUID reference = UUID.randomUUID();
        String body = "{\"reference\":\"" + reference + "\",\"channel\":\"EMAIL\",\"address\":\"" + email + "\",\"greeting\":\"Hello,\","
                + "\"areaName\":\"" + areaName + "\",\"answerLink\":\"" + answerLink + "\",\"withdrawLink\":\"" + stopLink + "\",\"reminder\":false}";
        db.sql("""
                insert into followup_message (area_id, followup_id, kind, reference, status, due_at, attempts, body, provider_id, sent_at)
                values (?, ?, 'FIRST', ?, 'SENT', now(), 1, ?, ?, now())""")
                .params(areaId, followUpId, reference, cipher.seal(body), "log-" + reference).update();
    }

    /** A message of the follow-up that the provider refused for good, with its reason. */
    public static void failedMessage(JdbcClient db, long areaId, long followUpId, String reason) {
        db.sql("""
                insert into followup_message (area_id, followup_id, kind, reference, status, due_at, attempts, last_error)
                values (?, ?, 'FIRST', ?, 'FAILED', now(), 1, ?)""").params(areaId, followUpId, UUID.randomUUID(), reason).update();
    }

    /** Pauses the follow-up's address, as a provider's refusal does. */
    public static void pause(JdbcClient db, long areaId, String email, String reason) {
        db.sql("insert into followup_paused_address (area_id, address_hash, reason) values (?, ?, ?) on conflict do nothing")
                .params(areaId, sha256("EMAIL:" + email.toLowerCase(java.util.Locale.ROOT)), reason).update();
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
