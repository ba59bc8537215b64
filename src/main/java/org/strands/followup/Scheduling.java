package org.strands.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.access.ContactRecorded;
import org.strands.access.FollowUpOptIn;
import org.strands.access.FollowUpOptIns;
import org.strands.platform.ContactCipher;
import org.strands.platform.Formats;

/**
 * Schedules a family's follow-up when a contact with a family who opted in is recorded: in the transaction that records
 * the contact (a plain listener, ADR 6), so that either both are stored or neither. The consent is stored as the family
 * gave it; the follow-up and its messages (the first, and the reminder) wait in the outbox for their time.
 */
@Component
class Scheduling {

    /** Messages go at ten in the morning, London time, on the day they are due. */
    static final LocalTime SEND_AT = LocalTime.of(10, 0);

    private final JdbcClient db;
    private final FollowUpOptIns optIns;
    private final SettingsStore settings;
    private final ContactCipher cipher;

    Scheduling(JdbcClient db, FollowUpOptIns optIns, SettingsStore settings, ContactCipher cipher) {
        this.db = db;
        this.optIns = optIns;
        this.settings = settings;
        this.cipher = cipher;
    }

    @EventListener
    void on(ContactRecorded contact) {
        if (!contact.followUpOptIn()) {
            return;
        }
        optIns.ofContact(contact.areaId(), contact.contactId()).ifPresent(optIn -> schedule(contact, optIn));
    }

    private void schedule(ContactRecorded contact, FollowUpOptIn optIn) {
        Channel channel = optIn.email() != null ? Channel.EMAIL : Channel.SMS;
        String address = channel == Channel.EMAIL ? optIn.email() : optIn.phone();
        long consent = db.sql("""
                insert into followup_consent (area_id, source, source_ref, channel, words_shown, given, how, recorded_at)
                values (?, 'BOOKING', ?, ?, ?, true, 'ONLINE', ?) returning id""")
                .params(contact.areaId(), optIn.bookingId().toString(), channel.name(), optIn.wordsShown(), utc(optIn.givenAt()))
                .query(Long.class).single();
        FollowUpSettings s = settings.of(contact.areaId());
        Instant due = contact.contactOn().plusDays(s.firstAfterDays()).atTime(SEND_AT).atZone(Formats.LONDON).toInstant();
        Long followUp = db.sql("""
                insert into followup (area_id, cause, contact_id, consent_id, channel, address, address_hash, route, locality, due_at)
                values (?, 'CONTACT', ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(contact.areaId(), contact.contactId(), consent, channel.name(), cipher.seal(address), Addresses.hash(channel, address),
                        contact.route().name(), contact.locality(), utc(due))
                .query(Long.class).optional().orElse(null);
        if (followUp == null) {
            return;
        }
        queue(contact.areaId(), followUp, "FIRST", due);
        if (s.reminderAfterDays() > 0) {
            queue(contact.areaId(), followUp, "REMINDER", due.plus(Duration.ofDays(s.reminderAfterDays())));
        }
    }

    private void queue(long areaId, long followUp, String kind, Instant due) {
        db.sql("insert into followup_message (area_id, followup_id, kind, reference, due_at) values (?, ?, ?, ?, ?)")
                .params(areaId, followUp, kind, UUID.randomUUID(), utc(due)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
