package org.strands.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTests {

    @Test
    void theTQuantileIsStudentsForSmallSamplesAndNearTheNormalForLargeOnes() {
        assertThat(ConfidenceInterval.t975(4)).isEqualTo(2.776);
        assertThat(ConfidenceInterval.t975(30)).isEqualTo(2.042);
        assertThat(ConfidenceInterval.t975(40)).isCloseTo(2.021, within(0.001));
        assertThat(ConfidenceInterval.t975(60)).isCloseTo(2.000, within(0.001));
        assertThat(ConfidenceInterval.t975(120)).isCloseTo(1.980, within(0.001));
        assertThat(ConfidenceInterval.t975(100_000)).isCloseTo(1.96, within(0.0005));
    }

    @Test
    void theIntervalOfFiveTScoresIsWorkedByHand() {
        // 40, 45, 50, 55, 60: mean 50, sd √62.5 = 7.9057, half-width 2.776 × 7.9057 / √5 = 9.815
        ConfidenceInterval ci = ConfidenceInterval.of(50, Math.sqrt(62.5), 5);
        assertThat(ci.low()).isCloseTo(40.185, within(0.001));
        assertThat(ci.high()).isCloseTo(59.815, within(0.001));
    }
}
