package org.strands.accreditation;

/** What a mentor recommends to the panel, and what the panel may award. */
public enum Recommendation {
    ACCREDITED("Accreditation"),
    CENTRE_OF_EXCELLENCE("Centre of Excellence");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public SchemeStatus awarded() {
        return this == ACCREDITED ? SchemeStatus.ACCREDITED : SchemeStatus.CENTRE_OF_EXCELLENCE;
    }
}
