package org.strands.access;

import org.strands.provision.Choice;

/** The statutory clocks a therapy service keeps (SEND Regulations 2014 and the area's service standard). */
public enum ClockKind implements Choice {
    EHC_ADVICE("Therapy advice for an EHC needs assessment"),
    PLAN_THERAPY("Therapy named in a final EHC plan");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
