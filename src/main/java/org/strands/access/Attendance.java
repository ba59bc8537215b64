package org.strands.access;

import org.strands.provision.Choice;

/** What became of an appointment. */
public enum Attendance implements Choice {
    ATTENDED("Attended"),
    DID_NOT_ATTEND("Did not attend"),
    CANCELLED_BY_FAMILY("Cancelled by the family"),
    CANCELLED_BY_SERVICE("Cancelled by the service");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
