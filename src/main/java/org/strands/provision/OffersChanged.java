package org.strands.provision;

/** Offers of an area were recorded, changed or imported, or moved to other localities. */
public record OffersChanged(long areaId) {
}
