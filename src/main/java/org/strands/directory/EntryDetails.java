package org.strands.directory;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the area writes about an entry. For an entry made from a provision offer, only the family's side is the area's
 * here (who it is for, cost, contacts, worries, owner, review date, status): the rest is the offer's.
 *
 * @param placeName where an entry the area writes is given (with {@code postcode}), or null for across the area
 * @param familySummary for an entry made from an offer, what it is in families' words (over the offer's), or null
 * @param familyHowToGet likewise, how to get it
 * @param localOffer the answers to the Local Offer's questions, each blank or missing for none
 */
public record EntryDetails(String kind, String name, String summary, String whoFor, String howToGet, boolean openAccess, String cost,
        String url, String email, String phone, String organisation, Integer ageFrom, Integer ageTo, List<String> worries,
        List<String> outcomes, String placeName, String postcode, String owner, LocalDate reviewOn, String status, String familySummary,
        String familyHowToGet, Map<LocalOfferQuestion, String> localOffer) {

    public EntryDetails {
        worries = worries == null ? List.of() : List.copyOf(worries);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        EnumMap<LocalOfferQuestion, String> answers = new EnumMap<>(LocalOfferQuestion.class);
        if (localOffer != null) {
            localOffer.forEach((question, answer) -> {
                if (question != null && answer != null && !answer.isBlank()) {
                    answers.put(question, answer.strip());
                }
            });
        }
        localOffer = java.util.Collections.unmodifiableMap(answers);
    }
}
