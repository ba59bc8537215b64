package org.strands.accreditation;

import org.strands.place.Setting;

/** The variant of the criteria a setting is judged on: early years (nursery schools) or schools. */
public enum Phase {
    EARLY_YEARS("Early years"),
    SCHOOL("School");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Phase of(Setting setting) {
        return "Nursery".equalsIgnoreCase(setting.phase()) || setting.type() != null && setting.type().toLowerCase().contains("nursery")
                ? EARLY_YEARS : SCHOOL;
    }
}
