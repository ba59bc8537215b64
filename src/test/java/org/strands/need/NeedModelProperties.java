package org.strands.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class NeedModelProperties {

    @Property
    void totalsEqualTheSumOfTheirPartsWhateverThePlace(@ForAll("parts") @Size(min = 1, max = 60) List<NeedTable.Part> parts,
            @ForAll("models") NeedModel model) {
        NeedRow total = NeedTable.total(model, parts, "area", "Area");
        for (List<NeedRow> rows : List.of(NeedTable.bySmallArea(model, parts),
                NeedTable.by(model, parts, NeedTable.Part::wardCode, NeedTable.Part::ward),
                NeedTable.by(model, parts, NeedTable.Part::localityKey, NeedTable.Part::locality))) {
            assertThat(rows.stream().mapToDouble(NeedRow::children).sum()).isCloseTo(total.children(), within(1e-6));
            assertThat(rows.stream().mapToDouble(NeedRow::targeted).sum()).isCloseTo(total.targeted(), within(1e-6));
            assertThat(rows.stream().mapToDouble(NeedRow::specialist).sum()).isCloseTo(total.specialist(), within(1e-6));
        }
        assertThat(total.universal()).isEqualTo(total.children());
    }

    @Property
    void needDoesNotFallAsDeprivationRises(@ForAll("models") NeedModel model, @ForAll @IntRange(min = 0, max = 5000) int children,
            @ForAll @IntRange(min = 1, max = 9) int decile) {
        // decile 1 is the most deprived: moving from decile d+1 to d is a rise in deprivation
        assertThat(model.estimate(children, decile).targeted()).isGreaterThanOrEqualTo(model.estimate(children, decile + 1).targeted());
        assertThat(model.estimate(children, decile).specialist()).isEqualTo(model.estimate(children, decile + 1).specialist());
    }

    @Property
    void targetedNeedNeverExceedsTheChildrenForAValidModel(@ForAll("models") NeedModel model,
            @ForAll @IntRange(min = 0, max = 5000) int children, @ForAll @IntRange(min = 1, max = 10) int decile) {
        assertThat(model.estimate(children, decile).targeted()).isLessThanOrEqualTo(children + 1e-9);
    }

    @Property
    void aRateOutsideItsRangeIsNamed(@ForAll @DoubleRange(min = 1.01, max = 50) double tooHigh) {
        assertThat(new NeedModel(tooHigh, 2, 0.01, 4).problems()).extracting("column").contains("targetedRate");
        assertThat(new NeedModel(0.1, 2, -tooHigh, 4).problems()).extracting("column").contains("specialistRate");
        assertThat(new NeedModel(0.1, 1 / tooHigh, 0.01, 4).problems()).extracting("column").contains("deprivationMultiplier");
    }

    @Example
    void theDefaultsGiveTwentyPercentInDecileOneAndTenInDecileTen() {
        assertThat(NeedModel.DEFAULT.targetedRate(1)).isCloseTo(0.20, within(1e-12));
        assertThat(NeedModel.DEFAULT.targetedRate(10)).isCloseTo(0.10, within(1e-12));
        assertThat(NeedModel.DEFAULT.estimate(1000, 5).specialist()).isCloseTo(10, within(1e-9));
    }

    @Provide
    Arbitrary<NeedModel> models() {
        return Combinators.combine(Arbitraries.doubles().between(0, 0.3), Arbitraries.doubles().between(1, 3),
                Arbitraries.doubles().between(0, 0.05), Arbitraries.doubles().between(0, 10)).as(NeedModel::new);
    }

    @Provide
    Arbitrary<List<NeedTable.Part>> parts() {
        Arbitrary<NeedTable.Part> part = Combinators.combine(Arbitraries.strings().alpha().ofLength(6),
                Arbitraries.of("W1", "W2", "W3", "W4"), Arbitraries.of("L1", "L2"), Arbitraries.integers().between(0, 3000),
                Arbitraries.integers().between(1, 10))
                .as((code, ward, locality, children, decile) -> new NeedTable.Part(code, code, ward, ward, locality, locality, children, decile));
        return part.list();
    }
}
