package org.strands.journey;

import org.strands.provision.Choice;

/** A child's sex as asked in national returns. */
public enum Sex implements Choice {
    FEMALE("Female"),
    MALE("Male"),
    NOT_STATED("Not stated");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
