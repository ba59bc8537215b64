package org.strands.access;

/**
 * An upcoming session as a family sees it, with how far it is from the postcode they gave.
 *
 * @param distanceKm kilometres in a straight line from the family's postcode, or null when no postcode was given or the
 *        place has no position
 */
public record NearbySession(DropInSession session, Double distanceKm) {
}
