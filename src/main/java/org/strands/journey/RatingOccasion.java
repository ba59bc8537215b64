package org.strands.journey;

import org.strands.provision.Choice;

/** When a rating was made. */
public enum RatingOccasion implements Choice {
    START("At the start"),
    REVIEW("At a review"),
    DISCHARGE("At discharge");

    private final String label;

    RatingOccasion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
