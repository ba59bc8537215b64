package org.strands.journey;

import org.strands.provision.Choice;

/** The part of the ICF a goal is about. */
public enum IcfDomain implements Choice {
    IMPAIRMENT("Impairment"),
    ACTIVITY("Activity"),
    PARTICIPATION("Participation"),
    WELLBEING("Wellbeing");

    private final String label;

    IcfDomain(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
