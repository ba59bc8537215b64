package org.strands.linking;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * What makes a good set of links. Hard: no therapist beyond their link hours (counted in tenths of an hour
 * over). Every setting covered is built in: the solver may not leave a setting without a therapist. Soft,
 * in points: moving a setting from its existing therapist costs {@value #KEEP_EXISTING}, each 100 metres
 * from base to setting costs 1, and each locality a therapist covers beyond their first costs
 * {@value #TOGETHER}.
 */
public class LinkConstraints implements ConstraintProvider {

    public static final String CAPACITY = "Within link hours";
    public static final String KEEP_EXISTING = "Keep existing links";
    public static final String TRAVEL = "Short travel";
    public static final String TOGETHER = "Settings kept together";
    static final long KEEP_EXISTING_POINTS = 3000;
    static final long TOGETHER_POINTS = 2000;
    static final long METRES_PER_POINT = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {withinLinkHours(factory), keepExisting(factory), shortTravel(factory), keptTogether(factory)};
    }

    Constraint withinLinkHours(ConstraintFactory factory) {
        return factory.forEach(SettingLink.class)
                .groupBy(SettingLink::getTherapist, ConstraintCollectors.sum(SettingLink::getTenths))
                .filter((therapist, tenths) -> tenths > therapist.capacityTenths())
                .penalize(HardSoftScore.ONE_HARD, (therapist, tenths) -> tenths - therapist.capacityTenths())
                .asConstraint(CAPACITY);
    }

    Constraint keepExisting(ConstraintFactory factory) {
        return factory.forEach(SettingLink.class).filter(SettingLink::moved)
                .penalize(HardSoftScore.ofSoft(KEEP_EXISTING_POINTS))
                .asConstraint(KEEP_EXISTING);
    }

    Constraint shortTravel(ConstraintFactory factory) {
        return factory.forEach(SettingLink.class)
                .penalize(HardSoftScore.ONE_SOFT, link -> link.travelMetres() / METRES_PER_POINT)
                .asConstraint(TRAVEL);
    }

    Constraint keptTogether(ConstraintFactory factory) {
        return factory.forEach(SettingLink.class)
                .groupBy(SettingLink::getTherapist, ConstraintCollectors.countDistinct(SettingLink::getLocality))
                .filter((therapist, localities) -> localities > 1)
                .penalize(HardSoftScore.ofSoft(TOGETHER_POINTS), (therapist, localities) -> localities - 1)
                .asConstraint(TOGETHER);
    }
}
