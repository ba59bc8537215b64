package org.strands.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the directory as families see it: what it is, who it is for, how to get it, where, cost and contacts.
 *
 * @param kind {@code SERVICE} or {@code INFORMATION} (an advice page, a leaflet, a website)
 * @param offerId the provision offer it is kept in step with, or null
 * @param summary what it is, in the words of whoever wrote it (for an entry made from an offer, the offer's)
 * @param familySummary what it is in the words the area writes for families over an offer's own, or null
 * @param familyHowToGet how to get it, likewise
 * @param openAccess whether a family can simply come (no referral, no request)
 * @param outcomes the framework's outcome codes it serves (FS1 to IN3)
 * @param distanceKm from the postcode the family gave, to the nearest place it is given; null without one
 */
public record DirectoryEntry(UUID id, String kind, Long offerId, String name, String summary, String familySummary, String whoFor,
        String howToGet, String familyHowToGet, boolean openAccess, String cost, String url, String email, String phone, String organisation, Integer ageFrom, Integer ageTo,
        List<String> outcomes, List<Worry> worries, String owner, LocalDate reviewOn, String status, List<Place> places,
        Double distanceKm) {

    /** Where it is given. */
    public record Place(UUID id, String name, String address, String postcode, String settingRef, Double latitude, Double longitude) {
    }

    public DirectoryEntry {
        outcomes = List.copyOf(outcomes);
        worries = List.copyOf(worries);
        places = List.copyOf(places);
    }

    /** What it is, as families read it: the area's family wording, where it wrote some, over the offer's own. */
    public String summaryForFamilies() {
        return familySummary != null ? familySummary : summary;
    }

    /** How to get it, as families read it. */
    public String howToGetForFamilies() {
        return familyHowToGet != null ? familyHowToGet : howToGet;
    }

    /** The same entry, given at these places. */
    DirectoryEntry at(List<Place> at) {
        return new DirectoryEntry(id, kind, offerId, name, summary, familySummary, whoFor, howToGet, familyHowToGet, openAccess, cost, url, email,
                phone, organisation, ageFrom, ageTo, outcomes, worries, owner, reviewOn, status, at, distanceKm);
    }

    public boolean service() {
        return "SERVICE".equals(kind);
    }
}
