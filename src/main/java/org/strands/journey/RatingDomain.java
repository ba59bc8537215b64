package org.strands.journey;

import org.strands.provision.Choice;

/** What a rating of function rates, from 0 (most severe) to 5 (no difficulty). */
public enum RatingDomain implements Choice {
    IMPAIRMENT("Impairment"),
    ACTIVITY("Activity"),
    PARTICIPATION("Participation"),
    WELLBEING("Wellbeing"),
    CARER_WELLBEING("Carer wellbeing");

    private final String label;

    RatingDomain(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
