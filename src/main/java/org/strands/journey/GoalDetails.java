package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A functional goal as entered: what the child will do, its ICF domain, the five attainment levels in plain words (−2 much
 * less than expected … +2 much more), a weight (1 when not given), the baseline (−1 or −2) and the day it was set.
 */
public record GoalDetails(String goal, IcfDomain domain, String muchLess, String less, String expected, String more, String muchMore,
        BigDecimal weight, Integer baseline, LocalDate setOn, Long planItemId) {
}
