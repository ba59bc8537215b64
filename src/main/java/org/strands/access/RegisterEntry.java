package org.strands.access;

import java.util.UUID;

/**
 * A family on a session's register, booked or walked in, with the details the practitioner needs on the day.
 *
 * @param contactId the contact recorded for this family at the session, or null while none is
 */
public record RegisterEntry(UUID id, boolean walkIn, Attendance attendance, String familyName, String email, String phone,
        Integer childAgeYears, String concern, boolean followUpOptIn, Long contactId) {

    /** Where a family on the register stands. */
    public enum Attendance {
        BOOKED("Booked"), ATTENDED("Came"), DID_NOT_ATTEND("Did not come"), CANCELLED("Cancelled");

        private final String label;

        Attendance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
