package org.strands.place;

/** A venue as entered by hand or in a CSV row. {@code kind} takes a {@link VenueKind} code or label. */
public record VenueDetails(String name, String kind, String address, String postcode, String lsoa, Double latitude,
        Double longitude) {
}
