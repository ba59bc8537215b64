package org.strands.place;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Kinds of venue that are not schools but where support happens. */
public enum VenueKind {
    FAMILY_HUB("Family hub"),
    CHILDRENS_CENTRE("Children's centre"),
    LIBRARY("Library"),
    CLINIC("Clinic"),
    NURSERY("Nursery or pre-school"),
    OTHER("Other venue");

    private final String label;

    VenueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code ({@code FAMILY_HUB}) or the label ({@code Family hub}), in any case. */
    public static Optional<VenueKind> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t.replace(' ', '_'))
                || k.label.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))).findFirst();
    }
}
