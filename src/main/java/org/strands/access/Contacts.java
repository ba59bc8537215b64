package org.strands.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Formats;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;
import org.strands.provision.Offer;
import org.strands.provision.OfferStatus;
import org.strands.provision.ProvisionRegister;

/**
 * Contacts with families: what they were worried about, the advice given, and what the contact ended in, with the offers
 * they were pointed to. Recording one publishes {@link ContactRecorded}, in the same transaction.
 */
@Service
public class Contacts {

    private final JdbcClient db;
    private final DropIns dropIns;
    private final ProvisionRegister provision;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Contacts(JdbcClient db, DropIns dropIns, ProvisionRegister provision,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.db = db;
        this.dropIns = dropIns;
        this.provision = provision;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offers a practitioner may point a family to: the area's current and planned offers. */
    public List<Offer> offersToSignpost(Area area) {
        return provision.offers(area).stream().filter(o -> o.status() != OfferStatus.WITHDRAWN).toList();
    }

    @Transactional
    public long record(Area area, ContactDetails contact, String by) {
        RowErrors errors = new RowErrors();
        DropInSession session = contact.sessionId() == null ? null : dropIns.session(area, contact.sessionId());
        Route route = contact.route() != null ? contact.route() : session != null ? Route.EASY_ACCESS : null;
        boolean followUp = false;
        if (route == null) {
            errors.add(0, "route", "Choose how the family reached you.");
        }
        if (contact.bookingId() != null) {
            if (session == null) {
                errors.add(0, "bookingId", "Name the session the family came to.");
            } else {
                record Booking(String status, boolean followUpOptIn, Long contactId) {
                }
                Booking booking = db.sql("""
                        select b.status, b.follow_up_opt_in, c.id as contact_id from access_booking b
                        left join access_contact c on c.booking_id = b.id where b.id = ? and b.session_id = ? and b.area_id = ?""")
                        .params(contact.bookingId(), session.id(), area.id()).query(Booking.class).optional().orElse(null);
                if (booking == null) {
                    errors.add(0, "bookingId", "This family is not on the session's register.");
                } else if (booking.contactId() != null) {
                    errors.add(0, "bookingId", "A contact is already recorded for this family at this session.");
                } else if ("CANCELLED".equals(booking.status())) {
                    errors.add(0, "bookingId", "This family cancelled their booking.");
                } else {
                    followUp = booking.followUpOptIn();
                }
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        if (contact.contactOn() == null) {
            errors.add(0, "contactOn", "Enter the day of the contact.");
        } else if (contact.contactOn().isAfter(today)) {
            errors.add(0, "contactOn", "Enter a day up to today: a contact cannot be recorded before it happens.");
        } else if (contact.contactOn().isBefore(today.minusYears(2))) {
            errors.add(0, "contactOn", "Enter a day within the last two years.");
        }
        if (contact.childAgeYears() != null && (contact.childAgeYears() < 0 || contact.childAgeYears() > FamilyDetails.OLDEST)) {
            errors.add(0, "childAgeYears", "Enter the child's age in years, from 0 to " + FamilyDetails.OLDEST + ".");
        }
        Setting setting = null;
        if (contact.settingRef() != null && !contact.settingRef().isBlank()) {
            setting = dropIns.settingOf(area, contact.settingRef()).orElse(null);
            if (setting == null) {
                errors.add(0, "settingRef", "Choose a school or setting of " + area.name() + ", or leave it blank.");
            }
        }
        if (contact.concerns().size() > 20) {
            errors.add(0, "concerns", "Choose at most 20 areas of concern.");
        }
        if (contact.advice() != null && contact.advice().length() > TextLimits.NOTE) {
            errors.add(0, "advice", "Keep the advice to 10,000 characters.");
        }
        if (contact.outcomes().isEmpty()) {
            errors.add(0, "outcomes", "Choose what the contact ended in: at least one.");
        }
        Set<Long> known = offersToSignpost(area).stream().map(Offer::id).collect(Collectors.toSet());
        if (contact.offerIds().size() > 50) {
            errors.add(0, "offerIds", "Choose at most 50 offers.");
        } else if (!known.containsAll(contact.offerIds())) {
            errors.add(0, "offerIds", "Choose offers from " + area.name() + "'s provision map.");
        } else if (contact.outcomes().contains(ContactOutcome.COMMUNITY) && contact.offerIds().isEmpty()) {
            errors.add(0, "offerIds", "Choose the offers in the community you pointed the family to.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The contact was not recorded.");
        }
        String locality = setting != null ? dropIns.localityOf(area, setting) : session != null ? session.locality() : null;
        List<Concern> concerns = contact.concerns().stream().distinct().toList();
        List<ContactOutcome> outcomes = contact.outcomes().stream().distinct().toList();
        List<Long> offers = contact.offerIds().stream().distinct().toList();
        long id = db.sql("""
                insert into access_contact (area_id, session_id, booking_id, route, contact_on, child_age_years, setting_ref, locality,
                    concerns, advice, outcomes, offer_ids, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(area.id(), contact.sessionId(), contact.bookingId(), route.name(), contact.contactOn(), contact.childAgeYears(),
                        setting == null ? null : setting.ref(), locality, concerns.stream().map(Enum::name).toArray(String[]::new),
                        contact.advice() == null || contact.advice().isBlank() ? null : contact.advice().strip(),
                        outcomes.stream().map(Enum::name).toArray(String[]::new), offers.toArray(Long[]::new), by)
                .query(Long.class).single();
        if (contact.bookingId() != null) {
            db.sql("update access_booking set status = 'ATTENDED', checked_in_by = coalesce(checked_in_by, ?) where id = ?")
                    .params(by, contact.bookingId()).update();
        }
        events.publishEvent(new ContactRecorded(area.id(), id, contact.sessionId(), contact.bookingId(), route, contact.contactOn(),
                contact.childAgeYears(), setting == null ? null : setting.ref(), locality, concerns, outcomes, offers, followUp, by));
        audit.record(area.id(), "RECORD", "contact", String.valueOf(id), null);
        return id;
    }
}
