package org.strands.place;

/** A point on the earth in degrees (WGS84, as GPS and web maps use them). */
public record Location(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KILOMETRES = 6_371;

    /** The great-circle distance, in kilometres: a fair, explainable stand-in for a journey within one area. */
    public double kilometresTo(Location other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KILOMETRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
