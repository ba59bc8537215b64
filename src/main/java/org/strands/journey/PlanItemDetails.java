package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item of a support plan as entered: an offer of the provision map (its outcome copied, or one of its outcomes chosen)
 * or a one-off item with its own title and outcome cell (FS1 … IN3).
 */
public record PlanItemDetails(Long offerId, String outcomeCode, String title, Deliverer deliveredBy, CareDirection direction,
        LocalDate startsOn, LocalDate endsOn, BigDecimal hours, Integer sessions, BigDecimal cost) {
}
