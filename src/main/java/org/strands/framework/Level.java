package org.strands.framework;

/** The three levels of support, numbered as in the outcome codes (FS1 is universal, FS3 specialist). */
public enum Level {
    UNIVERSAL(1, "Universal", "Every child, family and setting."),
    TARGETED(2, "Targeted", "Children with identified needs, with support usually designed by specialists and delivered by trained others."),
    SPECIALIST(3, "Specialist", "A relatively small number of children, for a time-limited part of their support.");

    private final int number;
    private final String label;
    private final String summary;

    Level(int number, String label, String summary) {
        this.number = number;
        this.label = label;
        this.summary = summary;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public String summary() {
        return summary;
    }
}
