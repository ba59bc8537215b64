package org.strands.accreditation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;

/** A setting's action plan for its journey in the scheme. */
@Service
public class ActionPlans {

    private final JdbcClient db;

    ActionPlans(JdbcClient db) {
        this.db = db;
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
}
