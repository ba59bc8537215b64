package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One rating of function, 0 (most severe) to 5 (no difficulty) in half points. */
public record Rating(long id, long journeyId, LocalDate ratedOn, RatingOccasion occasion, RatingDomain domain, BigDecimal score) {
}
