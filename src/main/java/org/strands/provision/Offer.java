package org.strands.provision;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An offer as stored: where it is (area-wide, or localities by name and settings by ref), and
 * {@code localityIds}, every locality it reaches, including those of its settings.
 */
public record Offer(long id, String partner, PartnerType partnerType, String name, String description,
        List<String> outcomes, EntryKind entry, List<String> disciplines, boolean areaWide, List<String> localities,
        List<String> settingRefs, List<Long> localityIds, Integer ageFrom, Integer ageTo, AccessRoute accessRoute,
        DeliveredBy deliveredBy, Integer annualCapacity, BigDecimal annualHours, BigDecimal annualCost,
        OfferStatus status, List<String> evidence, String contact, String howToAccess, String updatedBy,
        OffsetDateTime updatedAt) {

    /** Whether the offer's ages overlap the range (null ends are open). */
    public boolean servesAges(Integer from, Integer to) {
        int lo = ageFrom == null ? 0 : ageFrom;
        int hi = ageTo == null ? 99 : ageTo;
        return (to == null || lo <= to) && (from == null || hi >= from);
    }

    public boolean reaches(long localityId) {
        return areaWide || localityIds.contains(localityId);
    }

    public double hours() {
        return annualHours == null ? 0 : annualHours.doubleValue();
    }

    public int capacity() {
        return annualCapacity == null ? 0 : annualCapacity;
    }
}
