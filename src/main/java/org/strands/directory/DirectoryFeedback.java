package org.strands.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Copy;
import org.strands.platform.NotFound;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/**
 * Families' feedback on the entries of an area's directory, left without an account, and the area's answer: what
 * families said, in the area's own words, and what it changed, published for everyone ("you said, we did") when the
 * area chooses. What a family wrote is read by the area's curators only, and never written to a log: it may hold
 * personal data by mistake.
 */
@Service
public class DirectoryFeedback {

    /** How helpful the entry was, as a family says it. */
    public static final List<String> HELPFUL = List.of("YES", "PARTLY", "NO");
    /** The longest a family may write. */
    public static final int SAID = 1_000;
    /** The longest summary of what families said that the area publishes. */
    public static final int PUBLIC_SAID = 500;
    /** The longest answer: what the area changed. */
    public static final int ANSWER = 2_000;

    /** One family's feedback with the area's answer, if any. */
    public record Item(UUID id, UUID entryId, String entryName, String helpful, String said, Instant createdAt, String publicSaid,
            String answer, boolean published, String answeredBy, Instant answeredAt) {

        public boolean answered() {
            return answer != null;
        }
    }

    /** An answer the area published: what families said (its summary) and what it did, with the entry it concerns. */
    public record Published(UUID entryId, String entryName, boolean entryShown, String publicSaid, String answer, Instant answeredAt) {
    }

    /** The area's answer as a curator writes it. */
    public record Answer(String publicSaid, String answer, boolean publish) {
    }

    private static final String ITEM = """
            select f.id, f.entry_id, e.name as entry_name, f.helpful, f.said, f.created_at, f.public_said, f.answer, f.published,
                   f.answered_by, f.answered_at
            from directory_feedback f join directory_entry e on e.id = f.entry_id
            """;

    private final JdbcClient db;
    private final Directory directory;
    private final AuditTrail audit;

    DirectoryFeedback(JdbcClient db, Directory directory, AuditTrail audit) {
        this.db = db;
        this.directory = directory;
        this.audit = audit;
    }

    /**
     * A family's feedback on a published entry of the area: its id. How helpful it was must be chosen; what could be
     * better may be left out when it was helpful, and is kept to {@value #SAID} characters.
     *
     * @throws org.strands.platform.InvalidInput naming each field that is wrong ({@code helpful}, {@code said})
     * @throws NotFound for an entry the area has not published
     */
    @Transactional
    public UUID leave(Area area, UUID entryId, String helpful, String said) {
        DirectoryEntry entry = directory.entry(area, entryId);
        RowErrors errors = new RowErrors();
        if (helpful == null || !HELPFUL.contains(helpful)) {
            errors.add(0, "helpful", Copy.of("directory.feedback.helpfulMissing"));
        }
        String text = blank(said);
        if (text == null && helpful != null && !"YES".equals(helpful) && HELPFUL.contains(helpful)) {
            errors.add(0, "said", Copy.of("directory.feedback.saidMissing"));
        }
        longest(errors, "said", text, SAID);
        if (!errors.isEmpty()) {
            throw errors.refused(Copy.of("directory.feedback.notSent"));
        }
        UUID id = UUID.randomUUID();
        db.sql("insert into directory_feedback (id, area_id, entry_id, helpful, said) values (?, ?, ?, ?, ?)")
                .params(id, area.id(), entry.id(), helpful, text).update();
        return id;
    }

    /** The area's feedback, those not yet answered first, then newest first; of one entry when {@code entryId} is given. */
    @Transactional(readOnly = true)
    public List<Item> list(Area area, UUID entryId) {
        return db.sql(ITEM + " where f.area_id = :area and (cast(:entry as uuid) is null or f.entry_id = :entry)"
                + " order by f.answer is not null, f.created_at desc, f.id")
                .param("area", area.id()).param("entry", entryId).query(Item.class).list();
    }

    /** How many of the area's feedback are not answered yet. */
    @Transactional(readOnly = true)
    public long unanswered(Area area) {
        return db.sql("select count(*) from directory_feedback where area_id = ? and answer is null").param(area.id()).query(Long.class).single();
    }

    /** One feedback of the area; 404 for none, or another area's. */
    @Transactional(readOnly = true)
    public Item one(Area area, UUID id) {
        return db.sql(ITEM + " where f.area_id = ? and f.id = ?").params(area.id(), id).query(Item.class).optional()
                .orElseThrow(() -> new NotFound("There is no such feedback in " + area.name() + "'s directory."));
    }

    /**
     * The area's answer to one feedback: what it changed ({@value #ANSWER} characters at most) and, to publish it, what
     * families said in the area's words ({@value #PUBLIC_SAID} characters at most). Kept in the audit log.
     *
     * @throws org.strands.platform.InvalidInput naming each field that is wrong ({@code publicSaid}, {@code answer})
     */
    @Transactional
    public void answer(Area area, UUID id, Answer answer, String by) {
        Item item = one(area, id);
        RowErrors errors = new RowErrors();
        String publicSaid = blank(answer.publicSaid());
        String did = blank(answer.answer());
        if (publicSaid == null && answer.publish()) {
            errors.add(0, "publicSaid", Copy.of("directory.feedback.publicSaidMissing"));
        }
        longest(errors, "publicSaid", publicSaid, PUBLIC_SAID);
        if (did == null) {
            errors.add(0, "answer", Copy.of("directory.feedback.answerMissing"));
        }
        longest(errors, "answer", did, ANSWER);
        if (!errors.isEmpty()) {
            throw errors.refused(Copy.of("directory.feedback.notSaved"));
        }
        db.sql("""
                update directory_feedback set public_said = ?, answer = ?, published = ?, answered_by = ?, answered_at = now()
                where id = ? and area_id = ?""")
                .params(publicSaid, did, answer.publish(), by, item.id(), area.id()).update();
        audit.record(area.id(), answer.publish() ? "PUBLISH" : "ANSWER", "directory-feedback", id.toString(), item.entryName());
    }

    /** The area's published answers, newest first, each with the entry it concerns (linked while families can see it). */
    @Transactional(readOnly = true)
    public List<Published> published(Area area) {
        return db.sql("""
                select f.entry_id, e.name as entry_name, e.status = 'PUBLISHED' as entry_shown, f.public_said, f.answer, f.answered_at
                from directory_feedback f join directory_entry e on e.id = f.entry_id
                where f.area_id = ? and f.published order by f.answered_at desc, f.id""")
                .param(area.id()).query(Published.class).list();
    }

    private static void longest(RowErrors errors, String field, String text, int limit) {
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length > limit) {
            errors.add(0, field, Copy.of("directory.feedback.tooLong", limit, length));
        } else if (text != null && TextLimits.hasNul(text)) {
            errors.add(0, field, Copy.of("directory.feedback.unusual"));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip().replace("\r\n", "\n");
    }
}
