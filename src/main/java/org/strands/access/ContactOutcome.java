package org.strands.access;

import org.strands.provision.Choice;

/** What a first contact ended in; a contact may end in more than one. */
public enum ContactOutcome implements Choice {
    REASSURANCE("Reassurance, with general information"),
    COMMUNITY("Pointed to targeted support in the community"),
    FURTHER_ENQUIRY("Invited to look further into what is needed"),
    REFERRAL("Referred to another service");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
