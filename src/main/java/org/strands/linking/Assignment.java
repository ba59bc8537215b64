package org.strands.linking;

/**
 * A school or setting with its link therapist and link hours. {@code reason} says why it moved at the last
 * solve, or who chose it; {@code travelKm} is the straight line from the therapist's base. {@code pupils} is the
 * number its link time was worked out from; when {@code pupilsEstimated}, none is recorded and
 * {@code pupilsBasis} says what it was estimated from.
 */
public record Assignment(String urn, String setting, long therapistId, String therapist, double hours, boolean pinned,
        String locality, double travelKm, String reason, String kind, Integer pupils, boolean pupilsEstimated, String pupilsBasis) {
}
