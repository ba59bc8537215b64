package org.strands.place;

/** A national reference file was loaded: every area's small areas, wards and settings may have changed. */
public record ReferenceDataLoaded(String dataset, int rows) {
}
