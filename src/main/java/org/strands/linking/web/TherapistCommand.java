package org.strands.linking.web;

/** The add-a-link-therapist form as entered. */
record TherapistCommand(String name, String linkHours, String base) {

    static TherapistCommand empty() {
        return new TherapistCommand(null, null, null);
    }
}
