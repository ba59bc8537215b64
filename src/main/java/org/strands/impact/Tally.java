package org.strands.impact;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The raw sums of one group of journeys in one direction of care, as PostgreSQL added them up: nothing here is
 * shown before {@link SmallNumbers} has seen it. {@code children} and {@code settings} are of journeys open in the
 * period; everything about impact is of journeys discharged in it.
 *
 * @param fromContact journeys started in the period from an easy-access contact
 * @param improving by rating domain: the children rated at least twice, and those whose latest rating is 0.5 or more above their first
 */
record Tally(String kind, String key, String direction, long children, long settings, BigDecimal hours, long sessions, BigDecimal cost,
        long satisfactionN, Double satisfaction, long discharged, long tN, Double tMean, Double tSd, long goalsMet, long goalsScored,
        long goalChildren, Map<String, long[]> improving, long changeN, Double change, long fromContact) {

    /** The rating domains, as journey_summary names their columns. */
    static final java.util.List<String> DOMAINS = java.util.List.of("IMPAIRMENT", "ACTIVITY", "PARTICIPATION", "WELLBEING", "CARER_WELLBEING");

    static Tally empty(String kind, String key, String direction) {
        Map<String, long[]> improving = new java.util.LinkedHashMap<>();
        DOMAINS.forEach(d -> improving.put(d, new long[2]));
        return new Tally(kind, key, direction, 0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, null, 0, 0, null, null, 0, 0, 0, improving, 0, null, 0);
    }
}
