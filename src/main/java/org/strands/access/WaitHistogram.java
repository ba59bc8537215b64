package org.strands.access;

import java.util.Map;
import java.util.TreeMap;

/**
 * Waits in days counted by their length, as PostgreSQL hands them over: from it the median and 90th percentile are
 * read exactly as {@code percentile_cont} reads them from the sorted waits, interpolating between the two nearest.
 */
final class WaitHistogram {

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long n;

    void add(int days, long count) {
        counts.merge(days, count, Long::sum);
        n += count;
    }

    long n() {
        return n;
    }

    /** The value at fraction p (0 to 1) of the sorted waits, interpolated as percentile_cont does; null when there are none. */
    Double percentile(double p) {
        if (n == 0) {
            return null;
        }
        double position = p * (n - 1);
        long below = (long) Math.floor(position);
        long above = (long) Math.ceil(position);
        double low = at(below);
        return low + (position - below) * (at(above) - low);
    }

    /** The wait at a 0-based rank of the sorted waits. */
    private int at(long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (rank < seen) {
                return e.getKey();
            }
        }
        return counts.lastKey();
    }

    WaitingTimesReport.Stat stat() {
        return WaitingTimesReport.Stat.of(n, percentile(0.5), percentile(0.9));
    }
}
