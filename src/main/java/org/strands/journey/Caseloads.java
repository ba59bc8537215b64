package org.strands.journey;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.linking.Assignment;
import org.strands.linking.LinkAccounts;
import org.strands.platform.AreaContext;
import org.strands.platform.NotFound;
import org.strands.platform.Role;

/**
 * Which children a person may see: a service lead every child of the area; a practitioner the children on their caseload
 * (journeys they lead, children they recorded) and the children of the settings they are link therapist for.
 */
@Component
class Caseloads {

    /** The condition on {@code c} (journey_child) a query adds, with the parameters :user and :settings. */
    static final String VISIBLE = """
            (:all or c.created_by = :user or c.setting_ref = any(string_to_array(:settings, ','))
             or exists (select 1 from journey_journey vj where vj.child_id = c.id and vj.lead = :user))""";

    private final LinkAccounts accounts;
    private final JdbcClient db;

    Caseloads(LinkAccounts accounts, JdbcClient db) {
        this.accounts = accounts;
        this.db = db;
    }

    /** The person's view: whether they see all, and the settings (URNs) they are link therapist for. */
    View of(AreaContext area) {
        boolean all = area.systemAdmin() || area.roles().contains(Role.SERVICE_LEAD);
        List<String> settings = all ? List.of() : accounts.therapistOf(area.area(), area.username())
                .map(t -> accounts.settingsOf(area.area(), t.id()).stream().map(Assignment::urn).toList()).orElse(List.of());
        return new View(all, area.username(), settings);
    }

    /** Refuses, as not found, a child the person may not see or of another area. */
    void check(AreaContext area, long childId) {
        View view = of(area);
        boolean visible = db.sql("select count(*) > 0 from journey_child c where c.id = :id and c.area_id = :area and " + VISIBLE)
                .param("id", childId).param("area", area.areaId()).param("all", view.all()).param("user", view.user())
                .param("settings", view.settingArray()).query(Boolean.class).single();
        if (!visible) {
            throw new NotFound("There is no child " + childId + " that you may see.");
        }
    }

    /** The child a journey belongs to, once the person is known to see them. */
    long childOfJourney(AreaContext area, long journeyId) {
        Long child = db.sql("select child_id from journey_journey where id = ? and area_id = ?").params(journeyId, area.areaId())
                .query(Long.class).optional().orElseThrow(() -> new NotFound("There is no journey " + journeyId + "."));
        check(area, child);
        return child;
    }

    record View(boolean all, String user, List<String> settings) {
        /** The settings as one text, split in SQL: a list parameter would be expanded into many. */
        String settingArray() {
            return String.join(",", settings);
        }
    }
}
