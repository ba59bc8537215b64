package org.strands.need;

import java.util.ArrayList;
import java.util.List;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

/**
 * The planning model. Universal need is every child; targeted need is children × {@code targetedRate} ×
 * m(d), where d is the small area's deprivation decile and m(d) = 1 + (M − 1) × (10 − d) / 9 with M the
 * {@code deprivationMultiplier} (so decile 1 has M times the rate of decile 10); specialist need is
 * children × {@code specialistRate}. {@code specialistWeight} (k) weighs specialist need against targeted
 * need when workforce follows need.
 */
public record NeedModel(double targetedRate, double deprivationMultiplier, double specialistRate, double specialistWeight) {

    /** The defaults, from the sources in the domain reference: 10% targeted, doubled in the most deprived tenth, 1% specialist. */
    public static final NeedModel DEFAULT = new NeedModel(0.10, 2.0, 0.01, 4.0);

    /** m(d): how much deprivation raises the targeted rate; 1 for decile 10, M for decile 1. */
    public double multiplier(int decile) {
        return 1 + (deprivationMultiplier - 1) * (10 - decile) / 9.0;
    }

    /** The share of children likely to need targeted support in a small area of this decile. */
    public double targetedRate(int decile) {
        return targetedRate * multiplier(decile);
    }

    public LevelNeed estimate(double children, int decile) {
        return new LevelNeed(children, children, children * targetedRate(decile), children * specialistRate);
    }

    /** Every parameter outside its range, named; none means the model can be used. */
    public List<RowError> problems() {
        List<RowError> errors = new ArrayList<>();
        if (!(targetedRate >= 0 && targetedRate <= 1)) {
            errors.add(new RowError(0, "targetedRate", "The targeted rate is a share from 0 to 1, such as 0.10 for 10%."));
        }
        if (!(deprivationMultiplier >= 1 && deprivationMultiplier <= 10)) {
            errors.add(new RowError(0, "deprivationMultiplier", "The deprivation multiplier M is from 1 (no effect) to 10."));
        }
        if (!(specialistRate >= 0 && specialistRate <= 1)) {
            errors.add(new RowError(0, "specialistRate", "The specialist rate is a share from 0 to 1, such as 0.01 for 1%."));
        }
        if (!(specialistWeight >= 0 && specialistWeight <= 100)) {
            errors.add(new RowError(0, "specialistWeight", "The specialist weight k is from 0 to 100."));
        }
        if (targetedRate * deprivationMultiplier > 1) {
            errors.add(new RowError(0, "deprivationMultiplier", "With this targeted rate, the most deprived areas would need more than every child."));
        }
        return errors;
    }

    NeedModel checked() {
        List<RowError> errors = problems();
        if (!errors.isEmpty()) {
            throw new InvalidInput("The need model was not changed.", errors);
        }
        return this;
    }
}
