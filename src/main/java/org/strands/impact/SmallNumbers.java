package org.strands.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.strands.platform.Formats;

/**
 * Small numbers protected: a count of fewer than 5 children reads "fewer than 5" (never 0 to 4); a mean or share
 * worked out from fewer than 5 is not shown, nor a share whose children either way number fewer than 5 (it would
 * give them away); and among groups that add up to a total, when exactly one is hidden the next smallest is hidden
 * too, so that no hidden count can be worked out by subtraction.
 */
public final class SmallNumbers {

    /** The fewest children a figure may describe. */
    public static final int FEWEST = 5;

    private static final Formats FORMATS = new Formats();

    private SmallNumbers() {
    }

    /** A count of children, or of anything about them, shown only from 5. */
    public static Figure count(long n) {
        return n < FEWEST ? Figure.hidden() : Figure.of(BigDecimal.valueOf(n), FORMATS.whole(n));
    }

    /** A total (hours, sessions, cost) about {@code children}: hidden when they are fewer than 5. */
    public static Figure total(BigDecimal value, long children, String text) {
        return children < FEWEST ? Figure.hidden() : Figure.of(value, text);
    }

    /** A mean of {@code n} values, to one decimal place, shown only from 5. */
    public static Figure mean(Double mean, long n) {
        if (n < FEWEST) {
            return Figure.hidden();
        }
        if (mean == null) {
            return Figure.none(Copy.notAvailable());
        }
        BigDecimal value = BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP);
        return Figure.of(value, FORMATS.decimal(value, 1));
    }

    /** A share already worked out (a mean of values from 0 to 1) over {@code n} children, as a whole percentage. */
    public static Figure meanShare(Double share, long n) {
        if (n < FEWEST) {
            return Figure.hidden();
        }
        return share == null ? Figure.none(Copy.notAvailable()) : percent(share);
    }

    /**
     * {@code part} children of {@code whole}, as a whole percentage: hidden when the whole is fewer than 5, or when the
     * children counted or those not counted are fewer than 5 (with the whole shown, the share would give them away).
     */
    public static Figure share(long part, long whole) {
        if (whole < FEWEST || part < FEWEST || whole - part < FEWEST) {
            return Figure.hidden();
        }
        return percent((double) part / whole);
    }

    /**
     * {@code part} things (goals) of {@code whole} about {@code children} children: hidden when the children are fewer
     * than 5. The things are not children, so a share of them gives no child away.
     */
    public static Figure shareOf(long part, long whole, long children) {
        if (children < FEWEST) {
            return Figure.hidden();
        }
        return whole == 0 ? Figure.none(Copy.notAvailable()) : percent((double) part / whole);
    }

    /**
     * Which of a set of groups' counts are hidden: those under 5, and, when exactly one is, the smallest shown
     * besides (the first of equals), so that it cannot be worked out from the total.
     */
    public static boolean[] hidden(List<Long> counts) {
        boolean[] hidden = new boolean[counts.size()];
        int hiddenCount = 0;
        for (int i = 0; i < counts.size(); i++) {
            hidden[i] = counts.get(i) < FEWEST;
            hiddenCount += hidden[i] ? 1 : 0;
        }
        if (hiddenCount == 1 && counts.size() > 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden[i] && (smallest < 0 || counts.get(i) < counts.get(smallest))) {
                    smallest = i;
                }
            }
            hidden[smallest] = true;
        }
        return hidden;
    }

    /** The counts of a set of groups as shown: {@link #hidden(List)} ones read "fewer than 5". */
    public static List<Figure> counts(List<Long> counts) {
        boolean[] hidden = hidden(counts);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            figures.add(hidden[i] ? Figure.hidden() : count(counts.get(i)));
        }
        return figures;
    }

    static Figure percent(double share) {
        BigDecimal value = BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP);
        return Figure.of(value, FORMATS.whole(value) + "%");
    }

    /** Words used by the figures, from the bundle. */
    static final class Copy {
        private Copy() {
        }

        static String notAvailable() {
            return org.strands.platform.Copy.of("impact.notAvailable");
        }
    }
}
