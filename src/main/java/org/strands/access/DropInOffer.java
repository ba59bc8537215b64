package org.strands.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.provision.AccessRoute;
import org.strands.provision.DeliveredBy;
import org.strands.provision.EntryKind;
import org.strands.provision.Offer;
import org.strands.provision.OfferDetails;
import org.strands.provision.OfferStatus;
import org.strands.provision.PartnerType;
import org.strands.provision.ProvisionRegister;

/**
 * Keeps the area's drop-ins on its provision map: one open-access offer, "Easy-access drop-ins", reaching the places
 * of the sessions coming up in the next year, with their bookable places as its capacity, in the family support and
 * identification cells at the targeted level. Kept in step each time a session is scheduled, moved or cancelled;
 * withdrawn when none is coming up.
 */
@Component
class DropInOffer {

    static final String PARTNER = "Easy access";
    static final String NAME = "Easy-access drop-ins";
    static final List<String> OUTCOMES = List.of("FS2", "ID2");

    private final ProvisionRegister provision;

    DropInOffer(ProvisionRegister provision) {
        this.provision = provision;
    }

    /** Whether the offer is the one that stands for the area's drop-ins. */
    static boolean isIt(org.strands.provision.Offer offer) {
        return offer.partner().equalsIgnoreCase(PARTNER) && offer.name().equalsIgnoreCase(NAME);
    }

    void keepInStep(Area area, List<DropInSession> upcoming, Instant now, String by) {
        List<DropInSession> year = upcoming.stream().filter(s -> !s.cancelled() && s.startsAt().isAfter(now)
                && s.startsAt().isBefore(now.plus(365, ChronoUnit.DAYS))).toList();
        Optional<Offer> current = provision.offers(area).stream()
                .filter(o -> o.partner().equalsIgnoreCase(PARTNER) && o.name().equalsIgnoreCase(NAME)).findFirst();
        if (year.isEmpty()) {
            current.filter(o -> o.status() != OfferStatus.WITHDRAWN).ifPresent(o -> provision.withdraw(area, o.id(), by));
            return;
        }
        List<String> places = year.stream().map(DropInSession::settingRef).distinct().sorted().toList();
        int capacity = year.stream().mapToInt(DropInSession::capacity).sum();
        provision.save(area, new OfferDetails(PARTNER, PartnerType.NHS_TRUST, NAME,
                "Drop-in sessions where families get advice about their child's talking and understanding the same day, without a "
                        + "referral. Kept up to date by Strands from the sessions scheduled.", OUTCOMES, EntryKind.PROVISION,
                List.of("Speech and language therapy"), List.of(), places, 0, 18, AccessRoute.OPEN_ACCESS, DeliveredBy.THERAPIST,
                capacity, null, null, OfferStatus.CURRENT, List.of(), null, "Book a place or walk in: /public/" + area.slug()), by);
    }
}
