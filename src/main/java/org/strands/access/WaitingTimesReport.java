package org.strands.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How long children waited, in days: from the request to first advice, and from the request to the start of the
 * intervention, over the requests received in a period; by route, by month, and before and after a change; and how
 * many wait now in each national band ({@code 0-18}, {@code over18} counting every wait over 18 weeks, {@code over52}).
 *
 * @param beforeAfter the waits of requests received before the change date and from it, or null without one
 */
public record WaitingTimesReport(Stat firstAdvice, Stat toIntervention, Map<String, Waits> byRoute, Map<String, Long> bands,
        List<Month> monthly, BeforeAfter beforeAfter) {

    /** Fewer waits than this and the median and 90th percentile are not reported: too few to judge. */
    public static final int FEWEST = 20;

    /** The median and 90th percentile of {@code n} waits in days (interpolated, as percentile_cont), or null when too few. */
    public record Stat(Double median, Double p90, long n, boolean tooFew) {

        static Stat of(long n, Double median, Double p90) {
            return n < FEWEST ? new Stat(null, null, n, true) : new Stat(round(median), round(p90), n, false);
        }

        private static Double round(Double d) {
            return d == null ? null : Math.round(d * 10) / 10.0;
        }
    }

    /** Both waits of one group of requests. */
    public record Waits(Stat firstAdvice, Stat toIntervention) {
    }

    /** The requests received in one month ("2026-06") and their waits. */
    public record Month(String month, long received, Stat firstAdvice, Stat toIntervention) {
    }

    public record BeforeAfter(LocalDate change, Waits before, Waits after) {
    }

    /** What the report covers: requests received from and to (inclusive), in a locality or all, and the change date or null. */
    public record Filter(LocalDate from, LocalDate to, String locality, LocalDate change) {
    }
}
