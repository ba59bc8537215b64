package org.strands.provision;

/**
 * What the provision map is drawn for. Null means any; {@code status} defaults to current offers.
 * {@code ageBand} is a range such as {@code 0-4} or {@code 11-15}.
 */
public record MapFilter(Long locality, String discipline, String ageBand, PartnerType partnerType, OfferStatus status) {

    public static final MapFilter CURRENT = new MapFilter(null, null, null, null, OfferStatus.CURRENT);

    public MapFilter {
        status = status == null ? OfferStatus.CURRENT : status;
        discipline = discipline == null || discipline.isBlank() ? null : discipline.strip();
        ageBand = ageBand == null || ageBand.isBlank() ? null : ageBand.strip();
    }

    Integer ageFrom() {
        return ageBand == null ? null : Integer.valueOf(ageBand.split("-")[0].strip());
    }

    Integer ageTo() {
        return ageBand == null ? null : Integer.valueOf(ageBand.split("-")[1].strip());
    }

    /** Whether the offer is one the map counts, wherever it is. */
    public boolean matchesApartFromPlace(Offer o) {
        return o.status() == status
                && (partnerType == null || o.partnerType() == partnerType)
                && (discipline == null || o.disciplines().stream().anyMatch(d -> d.equalsIgnoreCase(discipline)))
                && o.servesAges(ageFrom(), ageTo());
    }

    public boolean matches(Offer o) {
        return matchesApartFromPlace(o) && (locality == null || o.reaches(locality));
    }
}
