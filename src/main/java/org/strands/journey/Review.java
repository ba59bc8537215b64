package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A review of a journey's goals: each goal set by its day scored −2 … +2, and the T-score worked out when it was saved. */
public record Review(long id, long journeyId, LocalDate reviewedOn, boolean atDischarge, BigDecimal tScore, String note,
        Map<Long, Integer> scores) {

    public Review {
        scores = Map.copyOf(scores);
    }
}
