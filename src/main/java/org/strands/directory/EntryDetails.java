package org.strands.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * What the area writes about an entry. For an entry made from a provision offer, only the family's side is the area's
 * here (who it is for, cost, contacts, worries, owner, review date, status): the rest is the offer's.
 *
 * @param placeName where an entry the area writes is given (with {@code postcode}), or null for across the area
 */
public record EntryDetails(String kind, String name, String summary, String whoFor, String howToGet, boolean openAccess, String cost,
        String url, String email, String phone, String organisation, Integer ageFrom, Integer ageTo, List<String> worries,
        List<String> outcomes, String placeName, String postcode, String owner, LocalDate reviewOn, String status) {

    public EntryDetails {
        worries = worries == null ? List.of() : List.copyOf(worries);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
