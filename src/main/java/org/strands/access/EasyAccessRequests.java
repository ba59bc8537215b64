package org.strands.access;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A contact recorded at easy access opens the family's request for support, received and first advised on the day of
 * the contact, in the transaction that records the contact: the register never shows a contact without its request.
 * A request stays open when the contact ended in a further enquiry or a referral, and closes the same day otherwise.
 */
@Component
class EasyAccessRequests {

    private final SupportRequests requests;
    private final JdbcClient db;

    EasyAccessRequests(SupportRequests requests, JdbcClient db) {
        this.requests = requests;
        this.db = db;
    }

    @EventListener
    void on(ContactRecorded contact) {
        if (contact.route() != Route.EASY_ACCESS) {
            return;
        }
        long id = requests.recordFromContact(contact.areaId(), new SupportRequest.NewRequest(Route.EASY_ACCESS, contact.contactOn(),
                contact.locality(), null), contact.contactId(), contact.recordedBy());
        boolean open = contact.outcomes().contains(ContactOutcome.FURTHER_ENQUIRY) || contact.outcomes().contains(ContactOutcome.REFERRAL);
        db.sql("update support_request set first_advice_on = received_on, status = case when ? then 'WAITING' else 'CLOSED' end, "
                + "closed_on = case when ? then null else received_on end, close_reason = case when ? then null else ? end where id = ?")
                .params(open, open, open, "Advice at the drop-in was enough.", id).update();
    }
}
