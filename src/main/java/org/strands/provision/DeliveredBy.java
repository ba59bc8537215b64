package org.strands.provision;

/** Who delivers an offer. */
public enum DeliveredBy implements Choice {
    THERAPIST("Therapist"),
    ASSISTANT("Therapy assistant"),
    EDUCATION_STAFF("Education staff"),
    FAMILY("Family"),
    OTHER_PROFESSIONAL("Other professional");

    private final String label;

    DeliveredBy(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
