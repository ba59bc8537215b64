package org.strands.accreditation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/** A setting's action plan for its journey in the scheme: what, who owns it, by when, and whether it is done. */
@Service
public class ActionPlans {

    /** The most characters of what is to be done. */
    public static final int MAX_WHAT = 1000;

    private final JdbcClient db;
    private final SchemeCriteria criteria;
    private final AuditTrail audit;

    ActionPlans(JdbcClient db, SchemeCriteria criteria, AuditTrail audit) {
        this.db = db;
        this.criteria = criteria;
        this.audit = audit;
    }

    /** The journey's actions by due date. */
    public List<PlannedAction> of(Area area, long enrolmentId) {
        return db.sql("""
                select id, criterion_code, what, owner, due_on, done, updated_by, updated_at from accreditation_action
                where area_id = :area and enrolment_id = :id order by done, due_on, id""")
                .param("area", area.id()).param("id", enrolmentId)
                .query((rs, n) -> new PlannedAction(rs.getLong("id"), rs.getString("criterion_code"), rs.getString("what"), rs.getString("owner"),
                        rs.getObject("due_on", java.time.LocalDate.class), rs.getBoolean("done"), rs.getString("updated_by"),
                        rs.getObject("updated_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /**
     * Adds an action, refused with every fault by field ({@code what}, {@code owner}, {@code dueOn}, {@code criterion})
     * and nothing stored; {@code dueOn} is null when the date could not be read (the caller has said so already).
     */
    @Transactional
    public long add(Area area, Enrolment journey, String criterion, String what, String owner, LocalDate dueOn, String by) {
        check(area, journey, criterion, what, owner, dueOn);
        String w = what.strip();
        String o = owner.strip();
        String code = criterion == null || criterion.isBlank() ? null : criterion.strip();
        long id = db.sql("""
                insert into accreditation_action (area_id, enrolment_id, criterion_code, what, owner, due_on, updated_by)
                values (:area, :enrolment, :code, :what, :owner, :due, :by) returning id""")
                .param("area", area.id()).param("enrolment", journey.id()).param("code", code).param("what", w).param("owner", o)
                .param("due", dueOn).param("by", by).query(Long.class).single();
        audit.record(area.id(), "add", "accreditation-action", String.valueOf(id), w);
        return id;
    }

    /** Refuses an action as {@link #add} would, with every fault by field, storing nothing. */
    public void check(Area area, Enrolment journey, String criterion, String what, String owner, LocalDate dueOn) {
        Evidence.holdOpen(db, journey);
        List<RowError> errors = new ArrayList<>();
        String w = what == null ? "" : what.strip();
        String o = owner == null ? "" : owner.strip();
        String code = criterion == null || criterion.isBlank() ? null : criterion.strip();
        if (w.isEmpty()) {
            errors.add(new RowError(0, "what", "Enter what you will do."));
        } else if (w.length() > MAX_WHAT || TextLimits.hasNul(w)) {
            errors.add(new RowError(0, "what", "Keep what you will do to 1,000 characters or fewer."));
        }
        if (o.isEmpty()) {
            errors.add(new RowError(0, "owner", "Enter who will do it."));
        } else if (o.length() > TextLimits.NAME || TextLimits.hasNul(o)) {
            errors.add(new RowError(0, "owner", "Keep who will do it to 200 characters or fewer."));
        }
        if (dueOn == null) {
            errors.add(new RowError(0, "dueOn", "Enter the date it is due, for example 31 3 2027."));
        }
        if (code != null && criteria.criteria(area, journey.criteriaSetId(), journey.phase()).stream().noneMatch(c -> c.code().equals(code))) {
            errors.add(new RowError(0, "criterion", "Choose one of the criteria your setting is judged on, or none."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The action was not added.", errors);
        }
    }

    /** Marks an action of the journey done. */
    @Transactional
    public void done(Area area, Enrolment journey, long id, String by) {
        Evidence.holdOpen(db, journey);
        int changed = db.sql("""
                update accreditation_action set done = true, updated_by = :by, updated_at = now()
                where area_id = :area and enrolment_id = :enrolment and id = :id""")
                .param("by", by).param("area", area.id()).param("enrolment", journey.id()).param("id", id).update();
        if (changed == 0) {
            throw new NotFound("There is no such action in this setting’s plan.");
        }
        audit.record(area.id(), "done", "accreditation-action", String.valueOf(id), null);
    }
}
