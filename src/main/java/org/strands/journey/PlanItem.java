package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.strands.framework.OutcomeCode;

/** One item of a child's support plan. */
public record PlanItem(long id, long journeyId, Long offerId, OutcomeCode outcome, String title, Deliverer deliveredBy,
        CareDirection direction, LocalDate startsOn, LocalDate endsOn, BigDecimal hours, Integer sessions, BigDecimal cost) {

    /** The outcome cell in words: "Family support, universal". */
    public String outcomeInWords() {
        return outcome.strand().label() + ", " + outcome.level().label().toLowerCase(java.util.Locale.ROOT);
    }
}
