package org.strands.linking;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.List;

/** The team and the settings to link, as the solver sees them. */
@PlanningSolution
public class LinkPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Therapist> therapists;
    @PlanningEntityCollectionProperty
    private List<SettingLink> links;
    @PlanningScore
    private HardSoftScore score;

    public LinkPlan() {
        // for the solver, which clones plans
    }

    LinkPlan(List<Therapist> therapists, List<SettingLink> links) {
        this.therapists = therapists;
        this.links = links;
    }

    public List<Therapist> getTherapists() {
        return therapists;
    }

    public List<SettingLink> getLinks() {
        return links;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
