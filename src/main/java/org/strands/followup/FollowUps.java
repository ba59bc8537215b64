package org.strands.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.ContactCipher;
import org.strands.platform.NotFound;

/** An area's follow-ups for staff: what is due, sent, answered or failed, response rates, and stopping a family's messages. */
@Service
public class FollowUps {

    /** How many of a route or locality were asked, and how many answered. */
    public record Rate(String key, long asked, long answered) {
    }

    /** A message the log channel kept instead of sending it: what the demo would have sent. */
    public record KeptMessage(Instant sentAt, Channel channel, String to, String subject, String body) {
    }

    private final JdbcClient db;
    private final ContactCipher cipher;
    private final AuditTrail audit;

    FollowUps(JdbcClient db, ContactCipher cipher, AuditTrail audit) {
        this.db = db;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** How many follow-ups are in each status, every status listed. */
    public Map<FollowUpStatus, Long> counts(Area area) {
        Map<FollowUpStatus, Long> counts = new LinkedHashMap<>();
        for (FollowUpStatus s : FollowUpStatus.values()) {
            counts.put(s, 0L);
        }
        db.sql("select status, count(*) as n from followup where area_id = ? group by status").param(area.id())
                .query((rs, i) -> counts.put(FollowUpStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
        return counts;
    }

    /** Response rates by the route the family came by ({@code route}) or by locality ({@code locality}). */
    public List<Rate> rates(Area area, String by) {
        String column = "locality".equals(by) ? "locality" : "route";
        return db.sql("select coalesce(" + column + ", '') as key, count(*) filter (where status in ('SENT', 'ANSWERED', 'EXPIRED')) as asked, "
                + "count(*) filter (where status = 'ANSWERED') as answered from followup where area_id = ? group by 1 order by 1")
                .param(area.id()).query(Rate.class).list();
    }

    /** The follow-ups in a status (all when null), soonest due first, at most {@code limit}. */
    public List<FollowUp> list(Area area, FollowUpStatus status, int limit) {
        return db.sql(SELECT + """
                where f.area_id = ? and (cast(? as text) is null or f.status = ?)
                order by f.due_at, f.id limit ?""")
                .params(area.id(), status == null ? null : status.name(), status == null ? null : status.name(), limit)
                .query(this::followUp).list();
    }

    /** One of the area's follow-ups. */
    public FollowUp one(Area area, long id) {
        return db.sql(SELECT + "where f.area_id = ? and f.id = ?").params(area.id(), id).query(this::followUp).optional()
                .orElseThrow(() -> new NotFound("There is no follow-up " + id + "."));
    }

    private static final String SELECT = """
            select f.*, exists (select 1 from followup_paused_address p where p.area_id = f.area_id and p.address_hash = f.address_hash) as paused,
                   (select count(*) from followup_message m where m.followup_id = f.id and m.status in ('SENT', 'DELIVERED')) as messages_sent,
                   (select m.last_error from followup_message m where m.followup_id = f.id and m.last_error is not null
                    order by m.id desc limit 1) as problem
            from followup f
            """;

    /** The messages the log channel kept, newest first: what the demo would have sent. Each opening is audited. */
    public List<KeptMessage> kept(Area area, int limit) {
        audit.recordRead(area.id(), "follow-up-messages", "kept");
        return db.sql("""
                select m.sent_at, m.body from followup_message m
                where m.area_id = ? and m.provider_id like 'log-%' and m.body is not null order by m.sent_at desc, m.id desc limit ?""")
                .params(area.id(), limit).query((rs, i) -> {
                    Outbound o = Outbound.read(cipher.open(rs.getBytes("body")));
                    return new KeptMessage(rs.getObject("sent_at", OffsetDateTime.class).toInstant(), o.channel(), o.address(),
                            MessageText.subject(o), MessageText.body(o));
                }).list();
    }

    /** Staff stop a family's messages, at the family's word: every follow-up to the same address. */
    @Transactional
    public void withdrawByStaff(Area area, long followUpId, String by) {
        byte[] hash = db.sql("select address_hash from followup where id = ? and area_id = ?").params(followUpId, area.id())
                .query(byte[].class).optional().orElseThrow(() -> new NotFound("There is no follow-up " + followUpId + "."));
        withdraw(area.id(), hash, "STAFF", by);
        audit.record(area.id(), "WITHDRAW", "follow-up", String.valueOf(followUpId), "at the family's word");
    }

    /**
     * Staff clear a paused address (the family gave a new one, or the mailbox is back): messages to it that wait go
     * again; follow-ups that failed stay failed.
     */
    @Transactional
    public void resumeAddress(Area area, long followUpId) {
        byte[] hash = db.sql("select address_hash from followup where id = ? and area_id = ?").params(followUpId, area.id())
                .query(byte[].class).optional().orElseThrow(() -> new NotFound("There is no follow-up " + followUpId + "."));
        db.sql("delete from followup_paused_address where area_id = ? and address_hash = ?").params(area.id(), hash).update();
        audit.record(area.id(), "RESUME", "follow-up", String.valueOf(followUpId), "address no longer paused");
    }

    /** The family stop their messages from the link in one: false when the link is not one of ours. */
    @Transactional
    public boolean withdrawByLink(Area area, String token) {
        Optional<byte[]> hash = findByLink(area, token);
        hash.ifPresent(h -> withdraw(area.id(), h, "MESSAGE_LINK", null));
        return hash.isPresent();
    }

    /** Whether a stop link is one of the area's (opening it changes nothing). */
    public boolean knowsLink(Area area, String token) {
        return findByLink(area, token).isPresent();
    }

    private Optional<byte[]> findByLink(Area area, String token) {
        if (!org.strands.platform.LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return db.sql("select address_hash from followup where withdraw_hash = ? and area_id = ?").params(Addresses.sha256(token), area.id())
                .query(byte[].class).optional();
    }

    /** Consent withdrawn on a child's record: the follow-ups of their journeys stop (the history is kept by the caller). */
    void withdrawJourneys(long areaId, List<Long> journeyIds) {
        List<Long> stopped = db.sql("""
                update followup set status = 'WITHDRAWN', closed_at = now()
                where area_id = ? and journey_id = any(?) and status in ('DUE', 'SENT', 'FAILED') returning id""")
                .params(areaId, journeyIds.toArray(Long[]::new)).query(Long.class).list();
        if (!stopped.isEmpty()) {
            db.sql("update followup_message set status = 'CANCELLED' where followup_id = any(?) and status in ('QUEUED', 'SENDING')")
                    .param(stopped.toArray(Long[]::new)).update();
        }
    }

    private void withdraw(long areaId, byte[] addressHash, String how, String by) {
        record Open(long id, String channel, long consentId) {
        }
        List<Open> open = db.sql("""
                update followup set status = 'WITHDRAWN', closed_at = now()
                where area_id = ? and address_hash = ? and status in ('DUE', 'SENT', 'FAILED') returning id, channel, consent_id""")
                .params(areaId, addressHash).query(Open.class).list();
        for (Open f : open) {
            db.sql("update followup_message set status = 'CANCELLED' where followup_id = ? and status in ('QUEUED', 'SENDING')").param(f.id()).update();
            db.sql("""
                    insert into followup_consent (area_id, source, source_ref, channel, purpose, words_shown, given, how, recorded_at, recorded_by)
                    select area_id, source, source_ref, channel, purpose, ?, false, ?, now(), ? from followup_consent where id = ?""")
                    .params(WITHDRAWN_WORDS, how, by, f.consentId()).update();
        }
    }

    /** What the family is told on the page, stored with their withdrawal. */
    static final String WITHDRAWN_WORDS = "You will not get any more messages from us asking how things are going.";

    private FollowUp followUp(ResultSet rs, int row) throws SQLException {
        Channel channel = Channel.valueOf(rs.getString("channel"));
        return new FollowUp(rs.getLong("id"), rs.getString("cause"), (Long) rs.getObject("contact_id", Long.class),
                (Long) rs.getObject("journey_id", Long.class), channel, masked(channel, cipher.open(rs.getBytes("address"))), rs.getString("route"),
                rs.getString("locality"), rs.getString("status"), instant(rs, "due_at"), instant(rs, "sent_at"), instant(rs, "answered_at"),
                instant(rs, "expires_at"), rs.getInt("messages_sent"), rs.getString("problem"), rs.getBoolean("paused"));
    }

    /** Enough of an address to recognise it: the first letter and the domain of an email, the last three digits of a number. */
    static String masked(Channel channel, String address) {
        if (address == null) {
            return "";
        }
        if (channel == Channel.EMAIL) {
            int at = address.indexOf('@');
            return at <= 0 ? "•••" : address.charAt(0) + "•••" + address.substring(at);
        }
        String digits = address.replaceAll("[^0-9]", "");
        return "•••" + (digits.length() > 3 ? digits.substring(digits.length() - 3) : "");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
