package org.strands.place;

import java.util.List;

/** An area at a glance: children, small areas by deprivation decile, settings by phase. */
public record AreaGlance(long children0to15, int smallAreas, int wards, int localities, int settings,
        List<DecileBand> byDecile, List<PhaseCount> byPhase) {

    /** Small areas and children in one IMD decile (1 = most deprived). */
    public record DecileBand(int decile, int smallAreas, long children) {
    }

    public record PhaseCount(String phase, int settings, long pupils) {
    }

    public int maxSmallAreasInADecile() {
        return byDecile.stream().mapToInt(DecileBand::smallAreas).max().orElse(0);
    }
}
