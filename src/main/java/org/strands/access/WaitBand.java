package org.strands.access;

import org.strands.provision.Choice;

/**
 * The national bands of a wait (NHS England community health services): up to 18 weeks, over 18 and up to 52, over
 * 52. The report's "over18" counts every wait over 18 weeks, those over 52 among them, as the national figures do.
 */
public enum WaitBand implements Choice {
    UP_TO_18("0 to 18 weeks"),
    OVER_18("Over 18 weeks, up to 52"),
    OVER_52("Over 52 weeks");

    private final String label;

    WaitBand(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The band of a wait of so many days: over 18 weeks is more than 126 days, over 52 more than 364. */
    public static WaitBand of(long days) {
        return days > 52 * 7 ? OVER_52 : days > 18 * 7 ? OVER_18 : UP_TO_18;
    }
}
