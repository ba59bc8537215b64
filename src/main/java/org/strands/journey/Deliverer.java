package org.strands.journey;

import org.strands.provision.Choice;

/** Who delivers an item of a support plan. */
public enum Deliverer implements Choice {
    THERAPIST("Speech and language therapist"),
    ASSISTANT("Therapy assistant"),
    SCHOOL_STAFF("School or setting staff"),
    FAMILY("Family");

    private final String label;

    Deliverer(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
