package org.strands.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One entry of the directory as families see it: what it is, who it is for, how to get it, where, cost and contacts.
 *
 * @param kind {@code SERVICE} or {@code INFORMATION} (an advice page, a leaflet, a website)
 * @param offerId the provision offer it is kept in step with, or null
 * @param openAccess whether a family can simply come (no referral, no request)
 * @param outcomes the framework's outcome codes it serves (FS1 to IN3)
 * @param distanceKm from the postcode the family gave, to the nearest place it is given; null without one
 */
public record DirectoryEntry(UUID id, String kind, Long offerId, String name, String summary, String whoFor, String howToGet,
        boolean openAccess, String cost, String url, String email, String phone, String organisation, Integer ageFrom, Integer ageTo,
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

    public boolean service() {
        return "SERVICE".equals(kind);
    }
}
