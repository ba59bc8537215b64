package org.strands.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The reasons a file was refused, as they are found: the first {@value #KEPT} are kept, and all of them are counted, so
 * that a file wrong on every one of a million rows is answered with a short list and its total.
 */
public final class RowErrors {

    public static final int KEPT = 1000;

    private final List<RowError> kept = new ArrayList<>();
    private long total;

    public void add(RowError error) {
        total++;
        if (kept.size() < KEPT) {
            kept.add(error);
        }
    }

    public void add(long row, String column, String message) {
        add(new RowError(row, column, message));
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Every error found, kept or not. */
    public long total() {
        return total;
    }

    /** The first {@value #KEPT} errors, in the order found. */
    public List<RowError> kept() {
        return List.copyOf(kept);
    }

    /** The refusal of input with all these errors: the first {@value #KEPT} listed, and their total. */
    public static InvalidInput refusal(String summary, List<RowError> all) {
        return new InvalidInput(summary, all.subList(0, Math.min(KEPT, all.size())), all.size());
    }

    /** The refusal to throw: the summary, the errors kept and the total. */
    public InvalidInput refused(String summary) {
        return new InvalidInput(summary, kept, total);
    }
}
