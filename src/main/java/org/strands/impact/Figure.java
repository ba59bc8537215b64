package org.strands.impact;

import java.math.BigDecimal;

/**
 * One figure of an impact report as everyone sees it: its value and its words, or no value when it is hidden to
 * protect small numbers ({@code suppressed}, the words "fewer than 5") or cannot be worked out (no value, not
 * suppressed, the words saying why). Pages, the API and both exports show the same figures.
 */
public record Figure(BigDecimal value, boolean suppressed, String text) {

    /** What a hidden figure reads as, everywhere. */
    public static final String FEWER_THAN_5 = "fewer than 5";

    static Figure of(BigDecimal value, String text) {
        return new Figure(value, false, text);
    }

    static Figure hidden() {
        return new Figure(null, true, FEWER_THAN_5);
    }

    /** No value to show, for a reason other than small numbers: "not available", "too few to judge". */
    static Figure none(String why) {
        return new Figure(null, false, why);
    }

    public boolean shown() {
        return value != null;
    }

    @Override
    public String toString() {
        return text;
    }
}
