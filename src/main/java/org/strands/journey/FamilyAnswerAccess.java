package org.strands.journey;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.access.Route;
import org.strands.platform.AreaContext;
import org.strands.platform.AuditTrail;
import org.strands.platform.NotFound;
import org.strands.provision.Choice;

/**
 * Whose family's answers a person may see: the children they may see by the one rule of {@link Caseloads}. Any other
 * child is not found (404), as if it were not there; every child shown is an audited read of the child's record.
 */
@Service
public class FamilyAnswerAccess {

    /** A child as the answers page shows it: the pseudonymous reference and the journeys, latest first. */
    public record Child(long id, String ref, List<Journey> journeys) {

        public Child {
            journeys = List.copyOf(journeys);
        }

        /** The journey answers go with by default: the open one, else the latest; null for none. */
        public Journey current() {
            return journeys.stream().filter(j -> j.dischargedOn() == null).findFirst().orElse(journeys.isEmpty() ? null : journeys.getFirst());
        }

        public List<Long> journeyIds() {
            return journeys.stream().map(Journey::id).toList();
        }
    }

    public record Journey(long id, LocalDate startedOn, LocalDate dischargedOn, String lead) {
    }

    /** An easy-access contact as journey knows it: the day, how the family came, and the setting if any. */
    public record Contact(long id, LocalDate contactOn, String route, String settingRef) {
    }

    private final JdbcClient db;
    private final Caseloads caseloads;
    private final AuditTrail audit;

    FamilyAnswerAccess(JdbcClient db, Caseloads caseloads, AuditTrail audit) {
        this.db = db;
        this.caseloads = caseloads;
        this.audit = audit;
    }

    /** The child, if the person may see it (else 404); the read is audited. */
    public Child child(AreaContext area, long childId) {
        caseloads.check(area, childId);
        record Row(long id, String ref) {
        }
        Row row = db.sql("select id, ref from journey_child where id = ? and area_id = ?").params(childId, area.areaId())
                .query(Row.class).optional().orElseThrow(FamilyAnswerAccess::notFound);
        List<Journey> journeys = db.sql("""
                select id, started_on, discharged_on, lead from journey_journey where child_id = ? and area_id = ?
                order by started_on desc, id desc""").params(childId, area.areaId()).query(Journey.class).list();
        audit.recordRead(area.areaId(), "child", String.valueOf(childId));
        return new Child(row.id(), row.ref(), journeys);
    }

    /** The contact of the area, with its route in words (else 404); the read is audited. */
    public Contact contact(AreaContext area, long contactId) {
        Contact contact = db.sql("select contact_id, contact_on, route, setting_ref from journey_contact where contact_id = ? and area_id = ?")
                .params(contactId, area.areaId())
                .query((rs, n) -> new Contact(rs.getLong("contact_id"), rs.getObject("contact_on", LocalDate.class),
                        Choice.parse(Route.class, rs.getString("route")).map(Route::label).orElse(rs.getString("route")),
                        rs.getString("setting_ref")))
                .optional().orElseThrow(() -> new NotFound("There is no such contact in " + area.area().name() + "."));
        audit.recordRead(area.areaId(), "contact", String.valueOf(contactId));
        return contact;
    }

    private static NotFound notFound() {
        return new NotFound("There is no such child, or they are not on your caseload or in your settings.");
    }
}
