package org.strands.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.NotFound;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/**
 * The statutory clocks: therapy advice for an EHC needs assessment is due 6 weeks after the request for advice, and
 * therapy named in a final plan is due to start within the area's standard (6 weeks unless the area sets another) of
 * the plan's issue.
 */
@Service
public class StatutoryClocks {

    /** Weeks from a request for advice to its due day (SEND Regulations 2014, reg. 8). */
    public static final int ADVICE_WEEKS = 6;
    /** The plan-therapy standard of an area that has set none. */
    public static final int DEFAULT_PLAN_WEEKS = 6;

    private static final String STATUS = """
            case when exception_reason is not null then 'EXCEPTION'
                 when met_on is not null and met_on <= due_on then 'MET'
                 when met_on is not null then 'MISSED'
                 when due_on < ? then 'OVERDUE'
                 when due_on < ?::date + 7 then 'DUE'
                 else 'RUNNING' end""";

    private final JdbcClient db;
    private final AuditTrail audit;
    private final RequestRules rules;
    private final Clock clock;

    StatutoryClocks(JdbcClient db, AuditTrail audit, RequestRules rules, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** The clocks in that status today, soonest due first; every clock when the status is null. */
    public List<StatutoryClock> list(Area area, ClockStatus status) {
        LocalDate today = rules.today();
        return db.sql("select * from (select id, kind, child_ref, request_id, started_on, due_on, met_on, exception_reason, " + STATUS
                + " as status from statutory_clock where area_id = ?) c where (cast(? as text) is null or status = ?) order by due_on, id")
                .params(today, today, area.id(), status == null ? null : status.name(), status == null ? null : status.name())
                .query((rs, n) -> row(rs)).list();
    }

    public StatutoryClock one(Area area, long id) {
        return list(area, null).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no statutory clock " + id + " in " + area.name() + "."));
    }

    /** Of the clocks due in the twelve months to today, without an exception: how many were met on time. */
    public StatutoryClock.OnTime lastTwelveMonths(Area area) {
        LocalDate today = rules.today();
        return db.sql("select count(*) filter (where met_on <= due_on), count(*) filter (where met_on > due_on), count(*) filter (where met_on is null) "
                + "from statutory_clock where area_id = ? and exception_reason is null and due_on > ?::date - interval '12 months' and due_on < ?")
                .params(area.id(), today, today).query((rs, n) -> {
                    long met = rs.getLong(1);
                    long late = rs.getLong(2);
                    long overdue = rs.getLong(3);
                    long all = met + late + overdue;
                    return new StatutoryClock.OnTime(met, late, overdue, all == 0 ? null : Math.round(1000.0 * met / all) / 1000.0);
                }).single();
    }

    @Transactional
    public StatutoryClock start(Area area, StatutoryClock.NewClock clock, String by) {
        List<RowError> errors = new ArrayList<>();
        if (clock.kind() == null) {
            errors.add(new RowError(0, "kind", "Select which clock to start."));
        }
        String child = RequestRules.stripped(clock.childRef());
        if (child == null) {
            errors.add(new RowError(0, "childRef", "Enter the child's reference, such as C-00123."));
        } else if (child.length() > 20 || !child.matches("[A-Za-z0-9-]+")) {
            errors.add(new RowError(0, "childRef", "The child's reference must be 20 letters, digits or hyphens or fewer, such as C-00123, never a name."));
        }
        if (clock.startedOn() == null) {
            errors.add(new RowError(0, "startedOn", "Enter the day the clock started."));
        } else if (clock.startedOn().isAfter(rules.today())) {
            errors.add(new RowError(0, "startedOn", "The day the clock started cannot be in the future."));
        } else if (clock.startedOn().getYear() < 2000) {
            errors.add(new RowError(0, "startedOn", "The day the clock started must be in 2000 or later."));
        }
        if (clock.requestId() != null && db.sql("select count(*) from support_request where id = ? and area_id = ?")
                .params(clock.requestId(), area.id()).query(Long.class).single() == 0) {
            errors.add(new RowError(0, "requestId", "There is no request for support " + clock.requestId() + " in " + area.name() + "."));
        }
        RequestRules.refuse("The clock was not started.", errors);
        int weeks = clock.kind() == ClockKind.EHC_ADVICE ? ADVICE_WEEKS : planTherapyWeeks(area);
        long id = db.sql("insert into statutory_clock (area_id, kind, child_ref, request_id, started_on, due_on, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(area.id(), clock.kind().name(), child, clock.requestId(), clock.startedOn(), clock.startedOn().plusWeeks(weeks), by,
                        Timestamp.from(this.clock.instant())).query(Long.class).single();
        audit.record(area.id(), "CLOCK_STARTED", "statutory_clock", String.valueOf(id), clock.kind().label() + ", " + child);
        return one(area, id);
    }

    /** Records the day the clock was met: advice given, or therapy started. */
    @Transactional
    public StatutoryClock met(Area area, long id, LocalDate metOn, String by) {
        StatutoryClock c = one(area, id);
        List<RowError> errors = new ArrayList<>();
        if (metOn == null) {
            errors.add(new RowError(0, "metOn", "Enter the day the clock was met."));
        } else if (metOn.isBefore(c.startedOn())) {
            errors.add(new RowError(0, "metOn", "The day it was met cannot be before the clock started."));
        } else if (metOn.isAfter(rules.today())) {
            errors.add(new RowError(0, "metOn", "The day it was met cannot be in the future."));
        }
        RequestRules.refuse("The clock was not changed.", errors);
        db.sql("update statutory_clock set met_on = ?, changed_by = ?, changed_at = ? where id = ? and area_id = ?")
                .params(metOn, by, Timestamp.from(clock.instant()), id, area.id()).update();
        audit.record(area.id(), "CLOCK_MET", "statutory_clock", String.valueOf(id), "Met on " + metOn + "; by " + by);
        return one(area, id);
    }

    /** Records one of the regulations' exceptions (a missed appointment is one): the clock no longer counts as missed. */
    @Transactional
    public StatutoryClock exception(Area area, long id, String reason, String by) {
        one(area, id);
        String text = RequestRules.stripped(reason);
        if (text == null) {
            RequestRules.refuse("The clock was not changed.", List.of(new RowError(0, "reason", "Enter the exception and why it applies.")));
        } else if (text.length() > TextLimits.DESCRIPTION) {
            RequestRules.refuse("The clock was not changed.", List.of(new RowError(0, "reason", "The exception must be "
                    + TextLimits.DESCRIPTION + " characters or fewer.")));
        }
        db.sql("update statutory_clock set exception_reason = ?, changed_by = ?, changed_at = ? where id = ? and area_id = ?")
                .params(text, by, Timestamp.from(clock.instant()), id, area.id()).update();
        audit.record(area.id(), "CLOCK_EXCEPTION", "statutory_clock", String.valueOf(id), text + "; by " + by);
        return one(area, id);
    }

    /** The area's standard for starting therapy named in a final plan, in weeks from the plan's issue. */
    public int planTherapyWeeks(Area area) {
        return db.sql("select plan_therapy_weeks from access_setting where area_id = ?").param(area.id()).query(Integer.class)
                .optional().orElse(DEFAULT_PLAN_WEEKS);
    }

    /** Sets the area's plan-therapy standard (1 to 52 weeks); clocks already started keep their due day. */
    @Transactional
    public void setPlanTherapyWeeks(Area area, Integer weeks, String by) {
        if (weeks == null || weeks < 1 || weeks > 52) {
            RequestRules.refuse("The standard was not changed.", List.of(new RowError(0, "planTherapyWeeks", "Enter a whole number of weeks from 1 to 52.")));
        }
        db.sql("insert into access_setting (area_id, plan_therapy_weeks, changed_by, changed_at) values (?, ?, ?, ?) on conflict (area_id) "
                + "do update set plan_therapy_weeks = excluded.plan_therapy_weeks, changed_by = excluded.changed_by, changed_at = excluded.changed_at")
                .params(area.id(), weeks, by, Timestamp.from(clock.instant())).update();
        audit.record(area.id(), "ACCESS_SETTING", "access_setting", String.valueOf(area.id()), "Plan therapy within " + weeks + " weeks; by " + by);
    }

    private static StatutoryClock row(ResultSet rs) throws SQLException {
        return new StatutoryClock(rs.getLong("id"), ClockKind.valueOf(rs.getString("kind")), rs.getString("child_ref"), rs.getObject("request_id", Long.class),
                rs.getObject("started_on", LocalDate.class), rs.getObject("due_on", LocalDate.class), rs.getObject("met_on", LocalDate.class),
                rs.getString("exception_reason"), ClockStatus.valueOf(rs.getString("status")));
    }
}
