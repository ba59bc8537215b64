package org.strands.journey;

import java.time.YearMonth;
import java.util.List;

/**
 * The minimum a service records about a child, as entered: everything optional but the month of birth. The NHS number is
 * as typed (spaces allowed); languages by name, the first the main one.
 */
public record ChildDetails(String nhsNumber, YearMonth bornMonth, String smallArea, String settingRef, List<String> languages,
        boolean interpreterNeeded, Sex sex, Ethnicity ethnicity, List<FamilyContact> contacts) {

    public ChildDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
