package org.strands.journey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.strands.access.ContactRecorded;
import org.strands.access.SupportRequestRecorded;

/**
 * Keeps what journeys need of access's contacts and requests, as its events tell them: after access commits, in a
 * transaction of its own, retried from the event registry, and idempotent, so that an event published twice is kept once.
 */
@Component
class AccessProjection {

    private final JdbcClient db;

    AccessProjection(JdbcClient db) {
        this.db = db;
    }

    @ApplicationModuleListener
    void on(ContactRecorded contact) {
        db.sql("""
                insert into journey_contact (contact_id, area_id, contact_on, route, child_age_years, setting_ref, locality, offer_ids,
                    follow_up_opt_in, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (contact_id) do nothing""")
                .params(contact.contactId(), contact.areaId(), contact.contactOn(), contact.route().name(), contact.childAgeYears(),
                        contact.settingRef(), contact.locality(), contact.offerIds().stream().limit(50).toArray(Long[]::new),
                        contact.followUpOptIn(), contact.recordedBy())
                .update();
    }

    @ApplicationModuleListener
    void on(SupportRequestRecorded request) {
        db.sql("""
                insert into journey_request (request_id, area_id, route, received_on, child_ref, locality, contact_id)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (request_id) do nothing""")
                .params(request.requestId(), request.areaId(), request.route().name(), request.receivedOn(), request.childRef(),
                        request.locality(), request.contactId())
                .update();
    }
}
