package org.strands.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;

/**
 * Requests for support by every route: recording them, their milestones, appointments and closing, and the waiting
 * list. A child waits from the day the request was received until the intervention starts or the request closes
 * (NHS community waiting list practice); first advice is a milestone shown beside the wait.
 */
@Service
public class SupportRequests {

    /** The most requests a waiting list shows; the bands and the total count every one. */
    public static final int LIST_LIMIT = 200;

    private static final String COLUMNS = "id, route, received_on, locality, child_ref, contact_id, first_advice_on, assessment_on, "
            + "intervention_start_on, status, closed_on, close_reason";

    private final JdbcClient db;
    private final AuditTrail audit;
    private final RequestRules rules;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    SupportRequests(JdbcClient db, AuditTrail audit, RequestRules rules, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.db = db;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** Throws {@link InvalidInput} with every reason the request could not be recorded; stores nothing. */
    public void check(Area area, SupportRequest.NewRequest request) {
        rules.check(area, request);
    }

    @Transactional
    public SupportRequest record(Area area, SupportRequest.NewRequest request, String by) {
        rules.check(area, request);
        long id = insert(area.id(), request, null, by);
        audit.record(area.id(), "REQUEST_RECORDED", "support_request", String.valueOf(id), request.route().label());
        return one(area, id);
    }

    /** Records a request from an easy-access contact, as its listener does; no check of the locality, which the contact gave. */
    long recordFromContact(long areaId, SupportRequest.NewRequest request, long contactId, String by) {
        return insert(areaId, request, contactId, by);
    }

    private long insert(long areaId, SupportRequest.NewRequest request, Long contactId, String by) {
        long id = db.sql("insert into support_request (area_id, route, received_on, locality, child_ref, contact_id, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(areaId, request.route().name(), request.receivedOn(), RequestRules.stripped(request.locality()),
                        RequestRules.stripped(request.childRef()), contactId, by, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        events.publishEvent(new SupportRequestRecorded(areaId, id, request.route(), request.receivedOn(),
                RequestRules.stripped(request.childRef()), RequestRules.stripped(request.locality()), contactId));
        return id;
    }

    /** Throws {@link InvalidInput}, naming the field, when a milestone is before the request was received or in the future. */
    public void checkMilestones(Area area, long id, SupportRequest.Milestones milestones) {
        rules.checkMilestones(one(area, id).receivedOn(), milestones);
    }

    /** Sets the milestones as given (an empty one is cleared); a started intervention moves a waiting request on. */
    @Transactional
    public SupportRequest changeMilestones(Area area, long id, SupportRequest.Milestones m, String by) {
        SupportRequest before = one(area, id);
        rules.checkMilestones(before.receivedOn(), m);
        String status = before.status() == RequestStatus.CLOSED ? "CLOSED" : m.interventionStartOn() == null ? "WAITING" : "IN_PROGRESS";
        db.sql("update support_request set first_advice_on = ?, assessment_on = ?, intervention_start_on = ?, status = ?, changed_by = ?, "
                + "changed_at = ? where id = ? and area_id = ?")
                .params(m.firstAdviceOn(), m.assessmentOn(), m.interventionStartOn(), status, by, Timestamp.from(clock.instant()), id, area.id())
                .update();
        audit.record(area.id(), "REQUEST_MILESTONES", "support_request", String.valueOf(id), "Was: first advice " + before.firstAdviceOn()
                + ", assessment " + before.assessmentOn() + ", intervention " + before.interventionStartOn() + "; by " + by);
        return one(area, id);
    }

    @Transactional
    public SupportRequest addAppointment(Area area, long id, LocalDate onDate, Attendance attendance, String note, String by) {
        SupportRequest request = one(area, id);
        rules.checkAppointment(request.receivedOn(), onDate, attendance, note);
        db.sql("insert into support_appointment (request_id, on_date, attendance, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, onDate, attendance.name(), RequestRules.stripped(note), by, Timestamp.from(clock.instant())).update();
        return one(area, id);
    }

    /** Closes a request on the day given with the reason; the audit log keeps who closed it. */
    @Transactional
    public SupportRequest close(Area area, long id, LocalDate closedOn, String reason, String by) {
        SupportRequest request = one(area, id);
        rules.checkClose(request, closedOn, reason);
        db.sql("update support_request set status = 'CLOSED', closed_on = ?, close_reason = ?, changed_by = ?, changed_at = ? "
                + "where id = ? and area_id = ?")
                .params(closedOn, RequestRules.stripped(reason), by, Timestamp.from(clock.instant()), id, area.id()).update();
        audit.record(area.id(), "REQUEST_CLOSED", "support_request", String.valueOf(id), reason.strip() + "; by " + by);
        return one(area, id);
    }

    public SupportRequest one(Area area, long id) {
        LocalDate today = rules.today();
        List<SupportRequest> found = db.sql("select " + COLUMNS + " from support_request where id = ? and area_id = ?")
                .params(id, area.id()).query((rs, n) -> row(rs, today, appointments(id))).list();
        if (found.isEmpty()) {
            throw new NotFound("There is no request for support " + id + " in " + area.name() + ".");
        }
        return found.getFirst();
    }

    /** The requests matching the filter, longest wait first, and the number waiting now in each band. */
    public WaitingList waitingList(Area area, WaitingList.Filter filter) {
        LocalDate today = rules.today();
        List<Object> params = new ArrayList<>(List.of(area.id()));
        String where = "area_id = ?";
        if (filter.route() != null) {
            where += " and route = ?";
            params.add(filter.route().name());
        }
        if (filter.locality() != null && !filter.locality().isBlank()) {
            where += " and locality = ?";
            params.add(filter.locality().strip());
        }
        Map<WaitBand, Long> bands = new EnumMap<>(WaitBand.class);
        for (WaitBand b : WaitBand.values()) {
            bands.put(b, 0L);
        }
        db.sql("select count(*) filter (where received_on >= ?::date - 126), count(*) filter (where received_on < ?::date - 126 and received_on >= ?::date - 364), "
                + "count(*) filter (where received_on < ?::date - 364) from support_request where status = 'WAITING' and " + where)
                .params(concat(List.of(today, today, today, today), params)).query((rs, n) -> {
                    bands.put(WaitBand.UP_TO_18, rs.getLong(1));
                    bands.put(WaitBand.OVER_18, rs.getLong(2));
                    bands.put(WaitBand.OVER_52, rs.getLong(3));
                    return null;
                }).list();
        if (filter.status() != null) {
            where += " and status = ?";
            params.add(filter.status().name());
        }
        long total = db.sql("select count(*) from support_request where " + where).params(params).query(Long.class).single();
        // while waiting, the longest wait is the earliest received (the waiting requests' index gives them in that order)
        String order = filter.status() == RequestStatus.WAITING ? "received_on, id"
                : "coalesce(intervention_start_on, closed_on, cast(? as date)) - received_on desc, id";
        List<SupportRequest> requests = db.sql("select " + COLUMNS + " from support_request where " + where + " order by " + order
                + " limit " + LIST_LIMIT).params(filter.status() == RequestStatus.WAITING ? params : concat(params, List.of(today)))
                .query((rs, n) -> row(rs, today, List.of())).list();
        return new WaitingList(bands, total, requests);
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<SupportRequest.Appointment> appointments(long id) {
        return db.sql("select id, on_date, attendance, note from support_appointment where request_id = ? order by on_date, id").param(id)
                .query((rs, n) -> new SupportRequest.Appointment(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        Attendance.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    /** How many requests the area has, for the demo's "seed once". */
    public long count(Area area) {
        return db.sql("select count(*) from support_request where area_id = ?").param(area.id()).query(Long.class).single();
    }

    private static SupportRequest row(ResultSet rs, LocalDate today, List<SupportRequest.Appointment> appointments) throws SQLException {
        LocalDate received = rs.getObject(3, LocalDate.class);
        LocalDate started = rs.getObject(9, LocalDate.class);
        LocalDate closed = rs.getObject(11, LocalDate.class);
        LocalDate waitEnd = started != null ? started : closed != null ? closed : today;
        long waited = Math.max(0, ChronoUnit.DAYS.between(received, waitEnd));
        Long contact = rs.getObject(6, Long.class);
        return new SupportRequest(rs.getLong(1), Route.valueOf(rs.getString(2)), received, rs.getString(4), rs.getString(5), contact,
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), started, RequestStatus.valueOf(rs.getString(10)), closed,
                rs.getString(12), waited, WaitBand.of(waited), appointments);
    }

}
