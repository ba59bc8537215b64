package org.strands.provision;

/** Whether an offer runs now, is planned or has stopped. */
public enum OfferStatus implements Choice {
    CURRENT("Current"),
    PLANNED("Planned"),
    DECOMMISSIONED("Decommissioned");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
