package org.strands.place;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A venue as stored: an aggregate of its own, scoped to one area. */
@Table("venue")
record VenueRow(@Id Long id, long areaId, String name, String kind, String address, String postcode, String lsoaCode,
        Double latitude, Double longitude, String createdBy, Instant createdAt) {

    VenueRow withDetails(VenueKind kind, VenueDetails d, String lsoa) {
        return new VenueRow(id, areaId, d.name().strip(), kind.name(), blankToNull(d.address()), postcode(d.postcode()),
                lsoa, d.latitude(), d.longitude(), createdBy, createdAt);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String postcode(String text) {
        String p = blankToNull(text);
        return p == null ? null : p.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
