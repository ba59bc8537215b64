package org.strands.journey;

import org.strands.provision.Choice;

/** How the family gave or withdrew consent. */
public enum ConsentChannel implements Choice {
    IN_PERSON("In person"),
    PHONE("By phone"),
    WRITING("In writing or by email"),
    ONLINE("On a web page");

    private final String label;

    ConsentChannel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
