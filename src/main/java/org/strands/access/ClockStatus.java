package org.strands.access;

import org.strands.provision.Choice;

/**
 * Where a statutory clock stands today. Due: running, due within the next seven days. Overdue: running past its due
 * day. Met: met on or before the due day. Missed: met after the due day. An exception stops it counting as missed.
 */
public enum ClockStatus implements Choice {
    RUNNING("Running"),
    DUE("Due this week"),
    OVERDUE("Overdue"),
    MET("Met on time"),
    MISSED("Missed"),
    EXCEPTION("Exception recorded");

    private final String label;

    ClockStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
