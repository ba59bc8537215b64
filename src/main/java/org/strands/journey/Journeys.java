package org.strands.journey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.access.Route;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaMembers;
import org.strands.platform.AuditTrail;
import org.strands.platform.Formats;
import org.strands.platform.Role;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/** A child's journeys: started from a contact, a request or by hand, on a practitioner's caseload, and closed with a reason. */
@Service
public class Journeys {

    private final org.springframework.context.ApplicationEventPublisher events;

    /** How far back the start page offers contacts and requests. */
    static final int RECENT_DAYS = 120;

    private final JdbcClient db;
    private final Caseloads caseloads;
    private final JourneyRules rules;
    private final AreaMembers members;
    private final JourneySummaries summaries;
    private final AuditTrail audit;

    Journeys(JdbcClient db, Caseloads caseloads, JourneyRules rules, AreaMembers members, JourneySummaries summaries, AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.db = db;
        this.caseloads = caseloads;
        this.rules = rules;
        this.members = members;
        this.summaries = summaries;
        this.audit = audit;
    }

    /** The child's journeys, newest first. */
    public List<Journey> of(AreaContext area, long childId) {
        caseloads.check(area, childId);
        return journeysOf(area.areaId(), childId);
    }

    /** The child's journeys, newest first, for a caller that has already checked the person may see the child. */
    List<Journey> journeysOf(long areaId, long childId) {
        return db.sql("select * from journey_journey where child_id = ? and area_id = ? order by started_on desc, id desc")
                .params(childId, areaId).query((rs, n) -> journey(rs)).list();
    }

    public Journey one(AreaContext area, long journeyId) {
        return rules.journey(area, journeyId);
    }

    /** The practitioners and service leads whose caseload a journey may be on, by username, with their names. */
    public java.util.Map<String, String> leads(AreaContext area) {
        return members.of(area.areaId()).stream()
                .filter(m -> m.roles().contains(Role.PRACTITIONER) || m.roles().contains(Role.SERVICE_LEAD))
                .collect(java.util.stream.Collectors.toMap(AreaMembers.Member::username, AreaMembers.Member::displayName, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** Contacts of the last {@value #RECENT_DAYS} days no journey started from yet, newest first. */
    public List<StartingPoint> recentContacts(AreaContext area) {
        return db.sql("""
                select c.contact_id as id, c.contact_on as on_day, c.route, c.locality, null as child_ref from journey_contact c
                where c.area_id = ? and c.contact_on >= ? and not exists (select 1 from journey_journey j where j.contact_id = c.contact_id)
                order by c.contact_on desc, c.contact_id desc limit 50""")
                .params(area.areaId(), rules.today().minusDays(RECENT_DAYS)).query(Journeys::point).list();
    }

    /** Requests of the last {@value #RECENT_DAYS} days no journey started from yet, newest first. */
    public List<StartingPoint> recentRequests(AreaContext area) {
        return db.sql("""
                select r.request_id as id, r.received_on as on_day, r.route, r.locality, r.child_ref from journey_request r
                where r.area_id = ? and r.received_on >= ? and not exists (select 1 from journey_journey j where j.request_id = r.request_id)
                order by r.received_on desc, r.request_id desc limit 50""")
                .params(area.areaId(), rules.today().minusDays(RECENT_DAYS)).query(Journeys::point).list();
    }

    @Transactional
    public long start(AreaContext area, long childId, StartJourney start) {
        caseloads.check(area, childId);
        RowErrors errors = new RowErrors();
        LocalDate from = null;
        if (start.source() == null) {
            errors.add(0, "source", "Choose where the journey starts from.");
        } else if (start.source() == JourneySource.CONTACT) {
            from = start.contactId() == null ? null : db.sql("select contact_on from journey_contact where contact_id = ? and area_id = ?")
                    .params(start.contactId(), area.areaId()).query(LocalDate.class).optional().orElse(null);
            if (from == null) {
                errors.add(0, "contactId", "Choose a contact recorded in " + area.area().name() + ".");
            }
        } else if (start.source() == JourneySource.REQUEST) {
            from = start.requestId() == null ? null : db.sql("select received_on from journey_request where request_id = ? and area_id = ?")
                    .params(start.requestId(), area.areaId()).query(LocalDate.class).optional().orElse(null);
            if (from == null) {
                errors.add(0, "requestId", "Choose a request for support recorded in " + area.area().name() + ".");
            }
        }
        rules.day(errors, "startedOn", start.startedOn(), null, "the journey started");
        if (from != null && start.startedOn() != null && start.startedOn().isBefore(from)) {
            errors.add(0, "startedOn", "Enter a day on or after the " + (start.source() == JourneySource.CONTACT ? "contact" : "request")
                    + ", " + Formats.ukDate(from) + ".");
        }
        if (start.lead() == null || !leads(area).containsKey(start.lead())) {
            errors.add(0, "lead", "Choose the practitioner whose caseload the child is on.");
        }
        boolean open = db.sql("select count(*) > 0 from journey_journey where child_id = ? and discharged_on is null").param(childId)
                .query(Boolean.class).single();
        if (open) {
            errors.add(0, "source", "This child already has an open journey: close it before starting another.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The journey was not started.");
        }
        long id = db.sql("""
                insert into journey_journey (area_id, child_id, started_on, source, contact_id, request_id, lead, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(area.areaId(), childId, start.startedOn(), start.source().name(),
                        start.source() == JourneySource.CONTACT ? start.contactId() : null,
                        start.source() == JourneySource.REQUEST ? start.requestId() : null, start.lead(), area.username())
                .query(Long.class).single();
        audit.record(area.areaId(), "START", "journey", String.valueOf(id), "child " + childId);
        summaries.refresh(area.areaId(), List.of(id));
        if (start.source() == JourneySource.CONTACT && start.contactId() != null) {
            summaries.refreshContact(area.areaId(), start.contactId());
        }
        return id;
    }

    @Transactional
    public void discharge(AreaContext area, long journeyId, Discharge discharge) {
        Journey journey = rules.open(area, journeyId);
        RowErrors errors = new RowErrors();
        if (discharge.reason() == null) {
            errors.add(0, "reason", "Choose why the child is discharged.");
        }
        rules.day(errors, "dischargedOn", discharge.dischargedOn(), journey, "the child was discharged");
        String note = discharge.note() == null || discharge.note().isBlank() ? null : discharge.note().strip();
        if (note != null && (note.length() > TextLimits.NOTE || TextLimits.hasNul(note))) {
            errors.add(0, "note", "Keep the note to 10,000 characters.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The child was not discharged.");
        }
        db.sql("update journey_journey set discharged_on = ?, discharge_reason = ?, discharge_note = ? where id = ? and area_id = ?")
                .params(discharge.dischargedOn(), discharge.reason().name(), note, journeyId, area.areaId()).update();
        audit.record(area.areaId(), "DISCHARGE", "journey", String.valueOf(journeyId), discharge.reason().name());
        events.publishEvent(new JourneyDischarged(area.areaId(), journeyId, journey.childId(), discharge.dischargedOn(), discharge.reason()));
        summaries.refresh(area.areaId(), List.of(journeyId));
    }

    static Journey journey(ResultSet rs) throws SQLException {
        String reason = rs.getString("discharge_reason");
        return new Journey(rs.getLong("id"), rs.getLong("child_id"), rs.getObject("started_on", LocalDate.class),
                JourneySource.valueOf(rs.getString("source")), (Long) rs.getObject("contact_id"), (Long) rs.getObject("request_id"),
                rs.getString("lead"), rs.getObject("discharged_on", LocalDate.class), reason == null ? null : DischargeReason.valueOf(reason),
                rs.getString("discharge_note"));
    }

    private static StartingPoint point(ResultSet rs, int row) throws SQLException {
        String route = rs.getString("route");
        String label = java.util.Arrays.stream(Route.values()).filter(r -> r.name().equals(route)).map(Route::label).findFirst().orElse(route);
        return new StartingPoint(rs.getLong("id"), rs.getObject("on_day", LocalDate.class), label, rs.getString("locality"),
                rs.getString("child_ref"));
    }
}
