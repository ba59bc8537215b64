package org.strands.place;

/** Venues of an area were added or changed. */
public record VenuesChanged(long areaId) {
}
