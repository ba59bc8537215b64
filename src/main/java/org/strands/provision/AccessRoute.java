package org.strands.provision;

/** How a family or setting reaches an offer. */
public enum AccessRoute implements Choice {
    OPEN_ACCESS("Open access"),
    REQUEST("On request"),
    REFERRAL("Referral"),
    BOOKED("Booked");

    private final String label;

    AccessRoute(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
