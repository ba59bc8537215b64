package org.strands.journey;

import org.strands.provision.Choice;

/** Where a journey started: an easy-access contact, a request for support, or by hand. */
public enum JourneySource implements Choice {
    CONTACT("From a contact"),
    REQUEST("From a request for support"),
    BY_HAND("By hand");

    private final String label;

    JourneySource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
