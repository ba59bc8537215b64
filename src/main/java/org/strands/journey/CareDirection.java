package org.strands.journey;

import org.strands.provision.Choice;

/** What an item of support aims at: to improve function, to keep it, or to manage its decline. */
public enum CareDirection implements Choice {
    IMPROVE("Improve"),
    SUSTAIN("Sustain"),
    MANAGE_DECLINE("Manage decline");

    private final String label;

    CareDirection(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
