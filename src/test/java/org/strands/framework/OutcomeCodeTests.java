package org.strands.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeCodeTests {

    @Test
    void codesNumberTheLevelsFromUniversalToSpecialist() {
        assertThat(new OutcomeCode(Strand.IDENTIFICATION, Level.SPECIALIST).code()).isEqualTo("ID3");
        assertThat(new OutcomeCode(Strand.WORKFORCE, Level.UNIVERSAL).code()).isEqualTo("WW1");
    }

    @Test
    void parsesCodesInAnyCaseAndRefusesOthers() {
        assertThat(OutcomeCode.parse(" ee2 ")).contains(new OutcomeCode(Strand.ENVIRONMENT, Level.TARGETED));
        assertThat(OutcomeCode.parse("EE4")).isEmpty();
        assertThat(OutcomeCode.parse(null)).isEmpty();
    }
}
