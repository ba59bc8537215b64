package org.strands.journey;

import java.math.BigDecimal;

/** The words for one point of the rating scale in one domain (0, the most severe, to 5, no difficulty). */
public record RatingDescriptor(String domain, BigDecimal score, String words) {
}
