package org.strands.followup;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.journey.FamilyAnswered;

/**
 * A family answered the second part: their follow-up is answered, in the transaction that stored the answers, and no
 * reminder goes.
 */
@Component
class AnswerListener {

    private final JdbcClient db;

    AnswerListener(JdbcClient db) {
        this.db = db;
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
