package org.strands.provision;

import java.util.List;
import java.util.Map;
import org.strands.framework.Level;
import org.strands.framework.Strand;

/** The provision map of an area for a filter: all fifteen cells, balance, duplication and coverage by locality. */
public record ProvisionMap(MapFilter filter, List<Cell> cells, Balance balance, List<Duplicate> duplicates,
        int duplicateCount, List<LocalityCoverage> localities, int thinBelow) {

    /**
     * One outcome cell. {@code offers}, {@code capacity} and {@code hours} count current provision (an offer
     * serving several cells counts in each); {@code gap} when there is none or a gap is recorded; {@code thin}
     * when there are fewer offers than the area's threshold.
     */
    public record Cell(String code, Strand strand, Level level, int offers, int capacity, double hours, boolean gap,
            boolean thin, int recordedGaps) {
    }

    /**
     * Shares of input hours by level and strand (an offer's hours split evenly across its cells); the
     * vortex warning when the specialist level takes more than the area's configured share.
     */
    public record Balance(double totalHours, Map<Level, Double> byLevel, Map<Strand, Double> byStrand,
            double specialistShare, double specialistShareMax, boolean vortex) {
    }

    /** Two partners' offers in the same cell and place for overlapping ages. */
    public record Duplicate(String code, long firstOfferId, String firstOffer, String firstPartner, long secondOfferId,
            String secondOffer, String secondPartner) {
    }

    /** The cells with no current provision reaching a locality. */
    public record LocalityCoverage(long id, String name, List<String> missing) {
    }

    public Cell cell(Strand strand, Level level) {
        return cells.stream().filter(c -> c.strand() == strand && c.level() == level).findFirst().orElseThrow();
    }

    public int maxOffers() {
        return cells.stream().mapToInt(Cell::offers).max().orElse(0);
    }
}
