package org.strands.followup;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.journey.FamilyAnswered;
import org.strands.journey.NewAnswerLinkAsked;

/**
 * A family answered the second part: their follow-up is answered, in the transaction that stored the answers, and no
 * reminder goes. A family whose link was out of date asks for a new one: a fresh link goes to them at once, at most one
 * a day, while their follow-up is sent or run out (never once answered, stopped or failed).
 */
@Component
class AnswerListener {

    private final JdbcClient db;

    AnswerListener(JdbcClient db) {
        this.db = db;
    }

    @EventListener
    void on(NewAnswerLinkAsked asked) {
        if (asked.part() != 2) {
            return;
        }
        db.sql("""
                insert into followup_message (area_id, followup_id, kind, reference, due_at)
                select f.area_id, f.id, 'FRESH_LINK', gen_random_uuid(), now() from followup f
                where f.area_id = ? and f.status in ('SENT', 'EXPIRED')
                  and ((f.cause = 'CONTACT' and f.contact_id = ?) or (f.cause = 'DISCHARGE' and f.journey_id = ?))
                  and not exists (select 1 from followup_message m where m.followup_id = f.id and m.kind = 'FRESH_LINK'
                                  and m.created_at > now() - interval '1 day')""")
                .params(asked.areaId(), asked.contactId(), asked.journeyId()).update();
    }

    @EventListener
    void on(FamilyAnswered answered) {
        if (answered.part() != 2) {
            return;
        }
        var ids = db.sql("""
                update followup set status = 'ANSWERED', answered_at = now(), closed_at = now()
                where area_id = ? and status in ('DUE', 'SENT', 'EXPIRED')
                  and ((cause = 'CONTACT' and contact_id = ?) or (cause = 'DISCHARGE' and journey_id = ?))
                returning id""")
                .params(answered.areaId(), answered.contactId(), answered.journeyId()).query(Long.class).list();
        if (!ids.isEmpty()) {
            db.sql("update followup_message set status = 'CANCELLED' where followup_id = any(?) and status = 'QUEUED'")
                    .param(ids.toArray(Long[]::new)).update();
        }
    }
}
