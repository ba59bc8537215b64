package org.strands.linking;

/**
 * A link therapist: where they are based (a named place with coordinates) and the link hours they have for
 * the year. Hours are also held in tenths, the unit the solver counts in.
 */
public record Therapist(long id, String name, String baseName, double latitude, double longitude, double linkHours) {

    long capacityTenths() {
        return Math.round(linkHours * 10);
    }

    /** Straight-line distance in metres from this therapist's base. */
    long metresTo(Double lat, Double lon) {
        return lat == null || lon == null ? 0 : Math.round(Distance.metres(latitude, longitude, lat, lon));
    }
}
