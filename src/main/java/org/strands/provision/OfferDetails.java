package org.strands.provision;

import java.math.BigDecimal;
import java.util.List;

/**
 * An offer as entered in a form, a spreadsheet row or the API. No localities and no settings means
 * area-wide. Lists may be empty but not null once checked.
 */
public record OfferDetails(String partner, PartnerType partnerType, String name, String description,
        List<String> outcomes, EntryKind entry, List<String> disciplines, List<String> localities,
        List<String> settingRefs, Integer ageFrom, Integer ageTo, AccessRoute accessRoute, DeliveredBy deliveredBy,
        Integer annualCapacity, BigDecimal annualHours, BigDecimal annualCost, OfferStatus status,
        List<String> evidence, String contact, String howToAccess) {

    public OfferDetails {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
        localities = localities == null ? List.of() : List.copyOf(localities);
        settingRefs = settingRefs == null ? List.of() : List.copyOf(settingRefs);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A stored offer's details with another status, as when it is withdrawn. */
    static OfferDetails of(Offer o, OfferStatus status) {
        return new OfferDetails(o.partner(), o.partnerType(), o.name(), o.description(), o.outcomes(), o.entry(), o.disciplines(),
                o.localities(), o.settingRefs(), o.ageFrom(), o.ageTo(), o.accessRoute(), o.deliveredBy(), o.annualCapacity(),
                o.annualHours(), o.annualCost(), status, o.evidence(), o.contact(), o.howToAccess());
    }

    /** The same offer under the names already stored (matched regardless of case). */
    OfferDetails named(String partnerName, String offerName) {
        return new OfferDetails(partnerName, partnerType, offerName, description, outcomes, entry, disciplines, localities,
                settingRefs, ageFrom, ageTo, accessRoute, deliveredBy, annualCapacity, annualHours, annualCost, status,
                evidence, contact, howToAccess);
    }

    /** An audit row keeps what only the form records (disciplines, evidence, contact, how to get it). */
    OfferDetails keeping(Offer stored) {
        return new OfferDetails(partner, partnerType, name, description, outcomes, entry, stored.disciplines(), localities,
                settingRefs, ageFrom, ageTo, accessRoute, deliveredBy, annualCapacity, annualHours, annualCost, status,
                stored.evidence(), stored.contact(), stored.howToAccess());
    }

    public boolean areaWide() {
        return localities.isEmpty() && settingRefs.isEmpty();
    }
}
