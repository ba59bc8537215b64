package org.strands.platform;

/** What a person may do in one area. A person may hold several roles in an area. */
public enum Role {
    ADMIN("Area administrator"),
    COMMISSIONER("Commissioner"),
    SERVICE_LEAD("Service lead"),
    PRACTITIONER("Practitioner"),
    SETTING_STAFF("School or setting staff"),
    MENTOR("Mentor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
