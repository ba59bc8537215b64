package org.strands.journey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The goal attainment T-score of one review (Kiresuk and Sherman, 1968): with each goal's score x (−2 to +2, 0 the
 * expected outcome) and weight w, T = 50 + 10·Σwx / √((1−ρ)·Σw² + ρ·(Σw)²), with ρ = 0.3, the correlation between
 * goals' scores the method assumes. T is 50 when every goal lands exactly as expected.
 */
public final class GoalAttainment {

    /** The assumed correlation between the scores of one child's goals. */
    public static final double RHO = 0.3;

    /** One goal's weight and its score at a review. */
    public record WeightedScore(BigDecimal weight, int score) {
        public WeightedScore {
            if (weight == null || weight.signum() <= 0) {
                throw new IllegalArgumentException("A goal's weight is more than 0");
            }
            if (score < -2 || score > 2) {
                throw new IllegalArgumentException("A goal's score is from -2 to +2");
            }
        }
    }

    private GoalAttainment() {
    }

    /** The T-score, rounded to two decimal places; there must be at least one goal. */
    public static BigDecimal tScore(List<WeightedScore> goals) {
        if (goals.isEmpty()) {
            throw new IllegalArgumentException("A T-score needs at least one scored goal");
        }
        double weighted = 0;
        double weights = 0;
        double squares = 0;
        for (WeightedScore goal : goals) {
            double w = goal.weight().doubleValue();
            weighted += w * goal.score();
            weights += w;
            squares += w * w;
        }
        double t = 50 + 10 * weighted / Math.sqrt((1 - RHO) * squares + RHO * weights * weights);
        return BigDecimal.valueOf(t).setScale(2, RoundingMode.HALF_UP);
    }
}
