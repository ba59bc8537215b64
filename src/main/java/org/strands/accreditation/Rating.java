package org.strands.accreditation;

import java.util.Arrays;
import java.util.Optional;

/** How well a criterion is met, as the setting judges it and the mentor checks it. */
public enum Rating {
    NOT_YET("Not yet"),
    EMERGING("Emerging"),
    ESTABLISHED("Established"),
    EMBEDDED("Embedded");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 0 for not yet to 3 for embedded, the score averaged across settings. */
    public int score() {
        return ordinal();
    }

    /** The rating named by its code or its label (any case), if it is one on the scale. */
    public static Optional<Rating> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(t) || r.label.equalsIgnoreCase(t)).findFirst();
    }
}
