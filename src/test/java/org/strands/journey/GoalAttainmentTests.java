package org.strands.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strands.journey.GoalAttainment.WeightedScore;

/** T-scores worked by hand from the formula in DOMAIN.md, with ρ = 0.3. */
class GoalAttainmentTests {

    private static WeightedScore goal(String weight, int score) {
        return new WeightedScore(new BigDecimal(weight), score);
    }

    @Test
    void everyGoalAsExpectedIsFifty() {
        assertThat(GoalAttainment.tScore(List.of(goal("1", 0), goal("2", 0), goal("3", 0)))).isEqualByComparingTo("50.00");
    }

    @Test
    void oneGoalOneLevelBetterThanExpectedIsSixty() {
        // Σwx = 1; √(0.7·1 + 0.3·1) = 1; T = 50 + 10 = 60
        assertThat(GoalAttainment.tScore(List.of(goal("1", 1)))).isEqualByComparingTo("60.00");
    }

    @Test
    void threeEqualGoalsAtTheirBaseline() {
        // Σwx = −3; Σw² = 3, (Σw)² = 9; √(2.1 + 2.7) = √4.8 = 2.190890; T = 50 − 30/2.190890 = 36.3067
        assertThat(GoalAttainment.tScore(List.of(goal("1", -1), goal("1", -1), goal("1", -1)))).isEqualByComparingTo("36.31");
    }

    @Test
    void unequalWeights() {
        // weights 3, 2, 1 scored +1, 0, −2: Σwx = 3 − 2 = 1; Σw² = 14, (Σw)² = 36; √(9.8 + 10.8) = √20.6 = 4.538722
        // T = 50 + 10/4.538722 = 52.2033
        assertThat(GoalAttainment.tScore(List.of(goal("3", 1), goal("2", 0), goal("1", -2)))).isEqualByComparingTo("52.20");
    }

    @Test
    void unequalWeightsAllMuchBetter() {
        // weights 2 and 0.5 scored +2, +2: Σwx = 5; Σw² = 4.25, (Σw)² = 6.25; √(2.975 + 1.875) = √4.85 = 2.202272
        // T = 50 + 50/2.202272 = 72.7038
        assertThat(GoalAttainment.tScore(List.of(goal("2", 2), goal("0.5", 2)))).isEqualByComparingTo("72.70");
    }

    @Test
    void refusesWhatIsNotOnTheScale() {
        assertThatThrownBy(() -> goal("1", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> goal("0", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoalAttainment.tScore(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
