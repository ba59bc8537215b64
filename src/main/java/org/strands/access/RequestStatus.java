package org.strands.access;

import org.strands.provision.Choice;

/** Where a request for support stands: a child waits from the day it is received until the intervention starts or it closes. */
public enum RequestStatus implements Choice {
    WAITING("Waiting"),
    IN_PROGRESS("Intervention started"),
    CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
