package org.strands.impact;

import java.util.List;
import java.util.Map;

/**
 * An impact report as it may be shown: every figure already protected by {@link SmallNumbers}. Each group, and the
 * total, has the four tiers for all its journeys ({@code ALL}) and for each direction of care ({@code IMPROVE},
 * {@code SUSTAIN}, {@code MANAGE_DECLINE}); a journey counts in every group and direction it has. The equity
 * breakdowns give the impact tier by deprivation fifth, ethnicity and first language.
 */
public record ImpactReport(ImpactFilter filter, List<Group> groups, Group total, List<Equity> equity) {

    /** The directions of care, all first. */
    public static final List<String> DIRECTIONS = List.of("ALL", "IMPROVE", "SUSTAIN", "MANAGE_DECLINE");

    /** One group (a level, strand, offer or locality; the total has the key "total"), its tiers by direction. */
    public record Group(String key, String label, Map<String, Tiers> byDirection) {

        public Tiers all() {
            return byDirection.get("ALL");
        }
    }

    public record Tiers(Input input, Reach reach, Quality quality, Impact impact) {
    }

    /** What went in: hours and sessions of support planned, and its cost in pounds. */
    public record Input(Figure hours, Figure sessions, Figure cost) {
    }

    /** Who was reached: children, families (children and easy-access contacts), settings, and children as a share of estimated need. */
    public record Reach(Figure children, Figure families, Figure settings, Figure shareOfNeed) {
    }

    /** How good the service was: median weeks from request to first advice and to intervention, and family satisfaction. */
    public record Quality(Figure weeksToAdvice, Figure weeksToIntervention, Figure satisfaction) {
    }

    /**
     * What changed for the children discharged in the period: their mean goal-attainment T-score at discharge with
     * its 95% confidence interval, the share of goals met or exceeded, the share improving by 0.5 or more in each
     * rating domain (of those rated twice), and the change the family reported.
     */
    public record Impact(Figure discharged, Figure meanT, Figure ciLow, Figure ciHigh, Figure goalsMet, Map<String, Figure> improving,
            Figure familyChange) {
    }

    /** One equity breakdown: {@code quintile}, {@code ethnicity} or {@code language}. */
    public record Equity(String breakdown, List<EquityRow> rows) {
    }

    public record EquityRow(String key, String label, Figure children, Impact impact) {
    }
}
