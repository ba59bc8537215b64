package org.strands.accreditation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.framework.Strand;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaMembers;
import org.strands.platform.Forbidden;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/**
 * The conversation about a setting's journey: comments between the setting's staff, its mentor and the panel, about
 * the whole self-evaluation or one strand, oldest first.
 */
@Service
public class Conversation {

    /** The most characters in one comment. */
    public static final int MAX_BODY = 2000;

    /** One comment, with its author's name to show. */
    public record Comment(long id, Strand strand, String author, String authorName, String body, OffsetDateTime writtenAt) {
    }

    private final JdbcClient db;
    private final SettingStaff staff;
    private final AreaMembers members;

    Conversation(JdbcClient db, SettingStaff staff, AreaMembers members) {
        this.db = db;
        this.staff = staff;
        this.members = members;
    }

    /** The journey's comments, oldest first (the newest last). */
    public List<Comment> of(Area area, long enrolmentId) {
        Map<String, String> names = members.names(area.id());
        return db.sql("""
                select id, strand, author, body, written_at from accreditation_comment
                where area_id = :area and enrolment_id = :id order by written_at, id""")
                .param("area", area.id()).param("id", enrolmentId)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getString("strand") == null ? null : Strand.valueOf(rs.getString("strand")),
                        rs.getString("author"), names.getOrDefault(rs.getString("author"), rs.getString("author")), rs.getString("body"),
                        rs.getObject("written_at", OffsetDateTime.class)))
                .list();
    }

    /** The setting's own staff, its mentor and the panel may write in the conversation; others who see it read it. */
    public boolean mayWrite(AreaContext who, Enrolment journey) {
        return staff.tied(who.area(), who.username(), journey.settingRef()) || who.username().equals(journey.mentor())
                || who.may(AccreditationPermissions.DECIDE);
    }

    /**
     * Adds a comment, about a strand (its slug, such as {@code family-support}) or the whole when {@code strand} is
     * empty. A comment that is empty or too long is refused beside its field; a person who may read but not write is
     * refused (403). Nothing is stored when refused.
     */
    @Transactional
    public Comment post(AreaContext who, Enrolment journey, String strand, String body) {
        List<RowError> errors = new ArrayList<>();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            errors.add(new RowError(0, "body", "Enter your comment."));
        } else if (text.length() > MAX_BODY || TextLimits.hasNul(text)) {
            errors.add(new RowError(0, "body", "Your comment must be " + MAX_BODY + " characters or fewer."));
        }
        Strand about = null;
        if (strand != null && !strand.isBlank()) {
            about = Strands.of(strand).orElse(null);
            if (about == null) {
                errors.add(new RowError(0, "strand", "Choose a strand from the list, or the whole self-evaluation."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The comment was not added.", errors);
        }
        if (!mayWrite(who, journey)) {
            throw new Forbidden("Only the setting’s own staff, its mentor and the area’s panel can write in this conversation.");
        }
        long id = add(who.area(), journey.id(), about, text, who.username());
        return of(who.area(), journey.id()).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Adds a comment that has been checked already (the mentor's request for more evidence). */
    long add(Area area, long enrolmentId, Strand strand, String body, String by) {
        return db.sql("""
                insert into accreditation_comment (area_id, enrolment_id, strand, author, body)
                values (:area, :id, :strand, :by, :body) returning id""")
                .param("area", area.id()).param("id", enrolmentId).param("strand", strand == null ? null : strand.name())
                .param("by", by).param("body", body).query(Long.class).single();
    }
}
