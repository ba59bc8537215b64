package org.strands.journey;

import org.strands.provision.Choice;

/** Why a journey closed. */
public enum DischargeReason implements Choice {
    GOALS_MET("Goals met"),
    EQUIPPED_TO_CARRY_ON("Family and staff equipped to carry on"),
    NO_FURTHER_PROGRESS("No further progress expected"),
    MOVED_AWAY("Moved away"),
    DECLINED("Family declined further support");

    private final String label;

    DischargeReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
