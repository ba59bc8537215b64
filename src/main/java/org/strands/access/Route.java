package org.strands.access;

import org.strands.provision.Choice;

/** How a family's request for support reached the service. */
public enum Route implements Choice {
    EASY_ACCESS("Easy-access drop-in"),
    LINK_THERAPIST("Link therapist in school"),
    ADVICE_LINE("Phone advice line"),
    PROFESSIONAL("Request from a professional"),
    REFERRAL("Traditional referral");

    private final String label;

    Route(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
