package org.strands.journey;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A child as a practitioner who may see them reads it: the NHS number and family contacts opened. Never listed or sent
 * through the list API.
 */
public record Child(long id, String ref, String nhsNumber, YearMonth bornMonth, String smallArea, Integer imdQuintile, String settingRef,
        String locality, List<String> languages, boolean interpreterNeeded, Sex sex, Ethnicity ethnicity, List<FamilyContact> contacts,
        String createdBy, OffsetDateTime createdAt) {

    public Child {
        languages = List.copyOf(languages);
        contacts = List.copyOf(contacts);
    }
}
