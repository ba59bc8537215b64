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
import org.strands.journey.Children;
import org.strands.journey.ConsentPurpose;
import org.strands.journey.ConsentRecorded;
import org.strands.journey.FamilyContact;
import org.strands.journey.JourneyDischarged;
import org.strands.platform.ContactCipher;
import org.strands.platform.Formats;

/**
 * Schedules a family's follow-up when a contact with a family who opted in is recorded, and when a child whose family
 * agreed to messages is discharged: in the transaction that records the contact or the discharge (a plain listener,
 * ADR 6), so that either both are stored or neither. The consent is kept as the family gave it; the follow-up and its
 * messages (the first, and the reminder) wait in the outbox for their time. Consent withdrawn on a child's record stops
 * the messages of their journeys.
 */
@Component
class Scheduling {

    /** Messages go at ten in the morning, London time, on the day they are due. */
    static final LocalTime SEND_AT = LocalTime.of(10, 0);

    private final JdbcClient db;
    private final FollowUpOptIns optIns;
    private final SettingsStore settings;
    private final ContactCipher cipher;
    private final Children children;
    private final FollowUps followUps;

    Scheduling(JdbcClient db, FollowUpOptIns optIns, SettingsStore settings, ContactCipher cipher, Children children, FollowUps followUps) {
        this.db = db;
        this.optIns = optIns;
        this.settings = settings;
        this.cipher = cipher;
        this.children = children;
        this.followUps = followUps;
    }

    @EventListener
    void on(ContactRecorded contact) {
        if (!contact.followUpOptIn()) {
            return;
        }
        optIns.ofContact(contact.areaId(), contact.contactId()).ifPresent(optIn -> schedule(contact, optIn));
    }

    @EventListener
    void on(ConsentRecorded consent) {
        if (consent.purpose() != ConsentPurpose.FOLLOW_UP_MESSAGES) {
            return;
        }
        Channel channel = children.familyToWriteTo(consent.areaId(), consent.childId()).map(Scheduling::channelOf).orElse(null);
        db.sql("""
                insert into followup_consent (area_id, source, source_ref, channel, words_shown, given, how, recorded_at, recorded_by)
                values (?, 'JOURNEY', ?, ?, ?, ?, ?, ?, ?)""")
                .params(consent.areaId(), String.valueOf(consent.childId()), channel == null ? null : channel.name(), consent.wordsShown(),
                        consent.given(), consent.how().name(), utc(consent.recordedAt()), consent.recordedBy())
                .update();
        if (!consent.given()) {
            followUps.withdrawJourneys(consent.areaId(), consent.journeyIds());
        }
    }

    @EventListener
    void on(JourneyDischarged discharged) {
        FollowUpSettings s = settings.of(discharged.areaId());
        if (s.afterDischargeDays() == null) {
            return;
        }
        record Agreed(long id, boolean given) {
        }
        Agreed latest = db.sql("""
                select id, given from followup_consent where area_id = ? and source = 'JOURNEY' and source_ref = ?
                order by recorded_at desc, id desc limit 1""").params(discharged.areaId(), String.valueOf(discharged.childId()))
                .query(Agreed.class).optional().orElse(null);
        if (latest == null || !latest.given()) {
            return;
        }
        children.familyToWriteTo(discharged.areaId(), discharged.childId()).ifPresent(family -> {
            Channel channel = channelOf(family);
            Instant due = discharged.dischargedOn().plusDays(s.afterDischargeDays()).atTime(SEND_AT).atZone(Formats.LONDON).toInstant();
            schedule(discharged.areaId(), "DISCHARGE", discharged.journeyId(), latest.id(), channel,
                    channel == Channel.EMAIL ? family.email() : family.mobile(), null, null, due, s);
        });
    }

    private static Channel channelOf(FamilyContact family) {
        return family.email() != null && !family.email().isBlank() ? Channel.EMAIL : Channel.SMS;
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
        schedule(contact.areaId(), "CONTACT", contact.contactId(), consent, channel, address, contact.route().name(), contact.locality(), due, s);
    }

    /** The follow-up and its messages, once per contact or journey (a second event for the same one stores nothing). */
    private void schedule(long areaId, String cause, long causeId, long consent, Channel channel, String address, String route, String locality,
            Instant due, FollowUpSettings s) {
        Long followUp = db.sql("""
                insert into followup (area_id, cause, contact_id, journey_id, consent_id, channel, address, address_hash, route, locality, due_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(areaId, cause, "CONTACT".equals(cause) ? causeId : null, "DISCHARGE".equals(cause) ? causeId : null, consent, channel.name(),
                        cipher.seal(address), Addresses.hash(channel, address), route, locality, utc(due))
                .query(Long.class).optional().orElse(null);
        if (followUp == null) {
            return;
        }
        queue(areaId, followUp, "FIRST", due);
        if (s.reminderAfterDays() > 0) {
            queue(areaId, followUp, "REMINDER", due.plus(Duration.ofDays(s.reminderAfterDays())));
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
