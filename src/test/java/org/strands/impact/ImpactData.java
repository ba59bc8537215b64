package org.strands.impact;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Children, journeys and their summaries written straight into the journey module's tables, for impact tests. */
final class ImpactData {

    /** One journey's summary as the tests need it; anything not given is empty. */
    record Row(LocalDate started, LocalDate discharged, String[] codes, String[] directions, String locality, String setting, Integer quintile,
            double hours, int sessions, double cost, Double dischargeT, int goalsScored, int goalsMet, Double participationFirst,
            Double participationLatest, Double familyChange, Double satisfaction) {
    }

    private final JdbcClient db;
    private final long area;
    private int next;

    ImpactData(JdbcClient db, long area) {
        this.db = db;
        this.area = area;
    }

    long add(Row r) {
        return add(child(), r);
    }

    long child() {
        return db.sql("insert into journey_child (area_id, ref, born_month, created_by) values (?, ?, date '2020-01-01', 'test') returning id")
                .params(area, "IT-" + area + "-" + (next++)).query(Long.class).single();
    }

    /** Another journey of the child. */
    long add(long child, Row r) {
        long journey = db.sql("""
                insert into journey_journey (area_id, child_id, started_on, source, lead, discharged_on, discharge_reason, created_by)
                values (?, ?, ?, 'BY_HAND', 'practitioner', ?, ?, 'test') returning id""")
                .params(area, child, r.started(), r.discharged(), r.discharged() == null ? null : "GOALS_MET").query(Long.class).single();
        db.sql("""
                insert into journey_summary (journey_id, area_id, child_id, started_on, discharged_on, discharge_reason, setting_ref, locality,
                  imd_quintile, from_contact, outcome_codes, directions, hours, sessions, cost, goals, goals_scored, goals_met, discharge_t,
                  participation_first, participation_latest, family_change, family_satisfaction)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(journey, area, child, r.started(), r.discharged(), r.discharged() == null ? null : "GOALS_MET", r.setting(), r.locality(),
                        r.quintile(), r.codes(), r.directions(), r.hours(), r.sessions(), r.cost(), r.goalsScored(), r.goalsScored(), r.goalsMet(),
                        r.dischargeT(), r.participationFirst(), r.participationLatest(), r.familyChange(), r.satisfaction()).update();
        return journey;
    }

    void contact(long id, LocalDate on, String locality) {
        db.sql("insert into journey_contact (contact_id, area_id, contact_on, route, locality, follow_up_opt_in, recorded_by) "
                + "values (?, ?, ?, 'DROP_IN', ?, false, 'test')").params(id, area, on, locality).update();
    }
}
