package org.strands.provision;

/** Whether an offer runs now, is planned or has stopped. */
public enum OfferStatus implements Choice {
    CURRENT("Current"),
    PLANNED("Planned"),
    DECOMMISSIONED("Decommissioned"),
    /** Taken back by the area: kept with its history, shown nowhere as provision. */
    WITHDRAWN("Withdrawn");

    private final String label;

    OfferStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
