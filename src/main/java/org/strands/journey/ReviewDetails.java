package org.strands.journey;

import java.time.LocalDate;
import java.util.Map;

/** A review as entered: its day, a score (−2 … +2) for every goal set by then, by goal id, and an optional note. */
public record ReviewDetails(LocalDate reviewedOn, Map<Long, Integer> scores, String note, boolean atDischarge) {

    public ReviewDetails {
        scores = scores == null ? Map.of() : new java.util.LinkedHashMap<>(scores);
    }
}
