package org.strands.support;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Synthetic rows for the family answers pages, inserted as the journey module stores them: a child with a journey led by
 * a practitioner, and an easy-access contact as journey learnt of it.
 */
public final class FamilyAnswerSamples {

    private FamilyAnswerSamples() {
    }

    /** A child (reused by its reference) with a new open journey led by {@code lead}, once: the child's id. */
    public static long childWithJourney(JdbcClient db, long areaId, String ref, String lead) {
        long child = db.sql("""
                insert into journey_child (area_id, ref, born_month, created_by) values (?, ?, date '2022-03-01', 'test')
                on conflict (area_id, ref) do update set ref = excluded.ref returning id""")
                .params(areaId, ref).query(Long.class).single();
        db.sql("""
                insert into journey_journey (area_id, child_id, started_on, source, lead, created_by)
                select ?, ?, current_date - 30, 'BY_HAND', ?, 'test'
                where not exists (select 1 from journey_journey where child_id = ? and discharged_on is null)""")
                .params(areaId, child, lead, child).update();
        return child;
    }

    /** The open journey of the child. */
    public static long journeyOf(JdbcClient db, long childId) {
        return db.sql("select id from journey_journey where child_id = ? and discharged_on is null").param(childId).query(Long.class).single();
    }

    /** A new easy-access contact of the area: its id. */
    public static long contact(JdbcClient db, long areaId) {
        long id = 800_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);
        db.sql("""
                insert into journey_contact (contact_id, area_id, contact_on, route, follow_up_opt_in, recorded_by)
                values (?, ?, current_date - 10, 'EASY_ACCESS', true, 'test') on conflict do nothing""").params(id, areaId).update();
        return id;
    }
}
