package org.strands.journey;

import java.math.BigDecimal;

/**
 * A domain's first and latest rating and the change between them; a change of 0.5 or more either way is marked, in words.
 */
public record RatingChange(RatingDomain domain, BigDecimal first, BigDecimal latest) {

    public static final BigDecimal MARKED = new BigDecimal("0.5");

    public BigDecimal change() {
        return latest.subtract(first);
    }

    /** "Better by 1.5", "Worse by 0.5", or "No marked change" for less than half a point. */
    public String inWords() {
        BigDecimal change = change();
        if (change.abs().compareTo(MARKED) < 0) {
            return "No marked change";
        }
        return (change.signum() > 0 ? "Better by " : "Worse by ") + change.abs().stripTrailingZeros().toPlainString();
    }

    public boolean marked() {
        return change().abs().compareTo(MARKED) >= 0;
    }
}
