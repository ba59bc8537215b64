package org.strands.framework;

/** The five strands, each with the two-letter prefix of its outcome codes. */
public enum Strand {
    FAMILY_SUPPORT("FS", "Family support"),
    ENVIRONMENT("EE", "Enabling environments"),
    WORKFORCE("WW", "Workforce development"),
    IDENTIFICATION("ID", "Early identification"),
    INTERVENTION("IN", "Effective intervention");

    private final String prefix;
    private final String label;

    Strand(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }
}
