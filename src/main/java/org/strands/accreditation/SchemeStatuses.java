package org.strands.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Conflict;
import org.strands.platform.NotFound;

/**
 * Moves a setting from one status to the next, only in the order {@link SchemeStatus} allows, and keeps every move
 * with who, when and why. An award is valid for three years from the day it is made.
 */
@Service
public class SchemeStatuses {

    /** How long an award lasts before it must be renewed. */
    public static final int AWARD_YEARS = 3;

    private final JdbcClient db;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SchemeStatuses(JdbcClient db, Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Moves the journey to {@code to}, refusing (409, nothing changed) a move out of order, such as an award without a
     * mentor's recommendation. Returns the status it moved from.
     */
    @Transactional
    public SchemeStatus move(Area area, long enrolmentId, SchemeStatus to, String by, String reason) {
        String ref = db.sql("select setting_ref from accreditation_enrolment where area_id = :area and id = :id for update")
                .param("area", area.id()).param("id", enrolmentId).query(String.class).optional()
                .orElseThrow(() -> new NotFound("There is no such setting in the scheme in " + area.name() + "."));
        SchemeStatus from = SchemeStatus.valueOf(db.sql("select status from accreditation_enrolment where id = :id")
                .param("id", enrolmentId).query(String.class).single());
        if (!from.mayMoveTo(to)) {
            throw new Conflict("status", outOfOrder(from, to));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        db.sql("""
                update accreditation_enrolment set status = :to, status_changed_at = :now,
                    awarded_on = case when :award then :today else awarded_on end,
                    expires_on = case when :award then :expires else expires_on end,
                    renewal_reminded_for = case when :award then null else renewal_reminded_for end,
                    recommendation = case when :to in ('SELF_EVALUATING', 'IN_REVIEW') then null else recommendation end
                where id = :id""")
                .param("to", to.name()).param("now", now).param("award", to.awarded()).param("today", today)
                .param("expires", today.plusYears(AWARD_YEARS)).param("id", enrolmentId).update();
        if (to == SchemeStatus.IN_REVIEW) {
            // each time the self-evaluation comes to the mentor, every strand is judged afresh on what it holds now
            db.sql("delete from accreditation_strand_review where enrolment_id = :id").param("id", enrolmentId).update();
        }
        record(area, enrolmentId, from, to, by, reason, now);
        events.publishEvent(new SchemeStatusChanged(area.id(), enrolmentId, ref, from, to));
        return from;
    }

    /** Keeps the first status of a journey that has just begun. */
    void joined(Area area, long enrolmentId, String ref, String by, String reason) {
        record(area, enrolmentId, null, SchemeStatus.SELF_EVALUATING, by, reason, OffsetDateTime.now(clock));
        events.publishEvent(new SchemeStatusChanged(area.id(), enrolmentId, ref, null, SchemeStatus.SELF_EVALUATING));
    }

    private void record(Area area, long enrolmentId, SchemeStatus from, SchemeStatus to, String by, String reason, OffsetDateTime at) {
        db.sql("""
                insert into accreditation_status_change (area_id, enrolment_id, from_status, to_status, changed_by, changed_at, reason)
                values (:area, :id, :from, :to, :by, :at, :reason)""")
                .param("area", area.id()).param("id", enrolmentId).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("by", by).param("at", at).param("reason", reason).update();
        audit.record(area.id(), "status", "accreditation", String.valueOf(enrolmentId), (from == null ? "joined" : from.name()) + " to " + to.name());
    }

    static String outOfOrder(SchemeStatus from, SchemeStatus to) {
        return switch (to) {
            case ACCREDITED, CENTRE_OF_EXCELLENCE -> "The panel can only decide once the mentor has recommended the setting. It is "
                    + from.label().toLowerCase(java.util.Locale.UK) + " now.";
            case RECOMMENDED, MORE_EVIDENCE -> "The mentor can only do this while the self-evaluation is with them. It is "
                    + from.label().toLowerCase(java.util.Locale.UK) + " now.";
            case IN_REVIEW -> "The self-evaluation can only be sent to the mentor while the setting is working on it. It is "
                    + from.label().toLowerCase(java.util.Locale.UK) + " now.";
            default -> "A setting that is " + from.label().toLowerCase(java.util.Locale.UK) + " cannot become "
                    + to.label().toLowerCase(java.util.Locale.UK) + ".";
        };
    }
}
