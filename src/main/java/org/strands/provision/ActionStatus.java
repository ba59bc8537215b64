package org.strands.provision;

/** Where an action of the plan stands. */
public enum ActionStatus implements Choice {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    BLOCKED("Blocked");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
