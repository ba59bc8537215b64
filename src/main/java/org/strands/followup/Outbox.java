package org.strands.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messages waiting to go, and what became of each. Claims are made with {@code SKIP LOCKED} and a lease of real
 * time, so that any number of senders on any number of nodes take each message once; a message whose lease ran out
 * while it was being sent (its sender stopped) is claimed again, marked as cut off.
 */
@Repository
class Outbox {

    /**
     * How long a claim holds before another sender may take the message over, as cut off: renewed just before each
     * message is sent, and longer than the longest a send may take: at a mail server, 5 seconds to connect and up to 10
     * for each of its eight replies, 85 seconds at worst.
     */
    private final Duration lease;
    /** Tries before a message that keeps failing is marked failed and shown to staff. */
    static final int MAX_ATTEMPTS = 6;

    /**
     * A message claimed for sending; {@code cutOff} when an earlier claim of it ended without an answer, and
     * {@code handedOver} when that claim had handed it to the provider before it stopped.
     */
    record Claimed(long id, long areaId, long followUpId, String kind, UUID reference, int attempts, byte[] body, boolean cutOff,
            boolean handedOver) {
    }

    private final JdbcClient db;
    private final TransactionTemplate transaction;

    Outbox(JdbcClient db, TransactionTemplate transaction,
            @org.springframework.beans.factory.annotation.Value("${strands.follow-up.lease:120s}") Duration lease) {
        this.db = db;
        this.transaction = transaction;
        this.lease = lease;
    }

    /**
     * Renews this sender's claim on a message just before sending it: false when the claim ran out and another sender
     * took the message over (it is theirs now), or it was stopped meanwhile. Whether an earlier try handed the message
     * over was read with the claim; from here on the mark is this try's.
     */
    boolean retake(Claimed m, String node) {
        return db.sql("""
                update followup_message set claimed_until = now() + make_interval(secs => ?), handed_over_at = null
                where id = ? and claimed_by = ? and status = 'SENDING'""").params((double) lease.toSeconds(), m.id(), node).update() == 1;
    }

    List<Claimed> claim(Instant now, String node, int batch) {
        return db.sql("""
                with picked as (
                  select m.id, m.status as was from followup_message m join followup f on f.id = m.followup_id
                  where m.due_at <= :now and (m.status = 'QUEUED' or (m.status = 'SENDING' and m.claimed_until < now()))
                    and (f.status in ('DUE', 'SENT') or (m.kind = 'FRESH_LINK' and f.status = 'EXPIRED'))
                    and (m.kind <> 'REMINDER' or f.status = 'SENT')
                    and not exists (select 1 from followup_paused_address p where p.area_id = f.area_id and p.address_hash = f.address_hash)
                  order by m.due_at, m.id limit :batch
                  for update of m skip locked)
                update followup_message m set status = 'SENDING', claimed_by = :node, claimed_until = now() + make_interval(secs => :lease),
                       attempts = m.attempts + 1
                from picked where m.id = picked.id
                returning m.id, m.area_id, m.followup_id as follow_up_id, m.kind, m.reference, m.attempts, m.body, picked.was = 'SENDING' as cut_off,
                          m.handed_over_at is not null as handed_over""")
                .param("now", utc(now)).param("node", node).param("batch", batch).param("lease", (double) lease.toSeconds())
                .query(Claimed.class).list();
    }

    /**
     * Just before the provider takes the message for good; committed at once (the caller holds no transaction), without
     * waiting for the database to flush it to disk, so that the moment between the record and the provider taking the
     * message is as short as it can be. Should the database itself crash in that flush, the mark is lost and the message
     * is sent again: twice, rather than never.
     */
    void handedOver(long messageId) {
        transaction.executeWithoutResult(t -> {
            db.sql("set local synchronous_commit = off").update();
            db.sql("update followup_message set handed_over_at = now() where id = ? and status = 'SENDING'").param(messageId).update();
        });
    }

    /** Keeps the message's words (sealed) before it is first sent, so that a message sent again is the same message. */
    void keepBody(long messageId, byte[] sealed) {
        db.sql("update followup_message set body = ? where id = ?").params(sealed, messageId).update();
    }

    /**
     * Taken by the provider: the message is sent (and keeps the sender that sent it); a first message starts the
     * follow-up's clock for its reminder and expiry.
     */
    void sent(Claimed m, String providerId, Instant now, FollowUpSettings s) {
        // a delivery receipt may have come first: it keeps its status, and the message gets its provider's id
        int changed = db.sql("""
                update followup_message set status = case when status = 'SENDING' then 'SENT' else status end, provider_id = ?, sent_at = ?,
                       claimed_until = null, last_error = case when status = 'SENDING' then null else last_error end
                where id = ? and (status = 'SENDING' or (status in ('DELIVERED', 'FAILED') and provider_id is null))""")
                .params(providerId, utc(now), m.id()).update();
        if (changed == 0 || "REMINDER".equals(m.kind())) {
            return;
        }
        // the first message, or a fresh link in place of one run out: the follow-up is asked, until the new link runs out
        db.sql("""
                update followup set status = 'SENT', sent_at = coalesce(sent_at, ?), expires_at = ?, closed_at = null
                where id = ? and status in ('DUE', 'SENT', 'EXPIRED')""")
                .params(utc(now), utc(now.plus(Duration.ofDays(s.expiresAfterDays()))), m.followUpId()).update();
        if (!"FIRST".equals(m.kind())) {
            return;
        }
        if (s.reminderAfterDays() == 0) {
            // the area stopped sending reminders after this follow-up was made
            db.sql("update followup_message set status = 'CANCELLED' where followup_id = ? and kind = 'REMINDER' and status = 'QUEUED'")
                    .param(m.followUpId()).update();
            return;
        }
        db.sql("update followup_message set due_at = ? where followup_id = ? and kind = 'REMINDER' and status = 'QUEUED'")
                .params(utc(now.plus(Duration.ofDays(s.reminderAfterDays()))), m.followUpId()).update();
    }

    /** Not taken this time: tried again after a wait that grows, until the last try, after which it failed. */
    void tryAgain(Claimed m, String reason, Instant now) {
        if (m.attempts() >= MAX_ATTEMPTS) {
            failed(m, "Not sent after " + m.attempts() + " tries: " + reason, false);
            return;
        }
        Duration wait = Duration.ofMinutes((long) Math.pow(5, m.attempts() - 1));
        db.sql("""
                update followup_message set status = 'QUEUED', due_at = ?, last_error = ?, claimed_by = null, claimed_until = null
                where id = ? and status = 'SENDING'""").params(utc(now.plus(wait)), bounded(reason), m.id()).update();
    }

    /** Refused for good, or failed too often: the message and its follow-up failed; a refused address is paused. */
    void failed(Claimed m, String reason, boolean pauseAddress) {
        db.sql("update followup_message set status = 'FAILED', last_error = ?, claimed_by = null, claimed_until = null where id = ?")
                .params(bounded(reason), m.id()).update();
        db.sql("update followup set status = 'FAILED', closed_at = now() where id = ? and status in ('DUE', 'SENT')").param(m.followUpId()).update();
        db.sql("update followup_message set status = 'CANCELLED' where followup_id = ? and status = 'QUEUED'").param(m.followUpId()).update();
        if (pauseAddress) {
            db.sql("""
                    insert into followup_paused_address (area_id, address_hash, reason)
                    select area_id, address_hash, ? from followup where id = ? on conflict do nothing""")
                    .params(bounded(reason), m.followUpId()).update();
        }
    }

    /** Follow-ups whose link ran out unanswered; their reminders are not sent. */
    int expire(Instant now) {
        List<Long> expired = db.sql("""
                update followup set status = 'EXPIRED', closed_at = now() where status = 'SENT' and expires_at <= ? returning id""")
                .param(utc(now)).query(Long.class).list();
        if (!expired.isEmpty()) {
            db.sql("update followup_message set status = 'CANCELLED' where followup_id = any(?) and status = 'QUEUED'")
                    .param(expired.toArray(Long[]::new)).update();
        }
        return expired.size();
    }

    private static String bounded(String s) {
        return s == null ? null : s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
