package org.strands.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strands.place.Location;
import org.strands.place.Postcodes;
import org.strands.platform.BadValue;
import org.strands.platform.Copy;
import tools.jackson.databind.JsonNode;

/**
 * A service's locations as the directory's places: name, address (the first physical one, its lines joined), postcode
 * and coordinates, given or looked up from the postcode. A place that cannot be kept whole is kept in part, with a note.
 */
@Component
class PlaceMapping {

    /** The most places kept for one service. */
    static final int MOST_PLACES = 50;

    private final Postcodes postcodes;

    PlaceMapping(Postcodes postcodes) {
        this.postcodes = postcodes;
    }

    List<ImportedService.Place> places(JsonNode service, String serviceName, List<String> notes) {
        List<ImportedService.Place> places = new ArrayList<>();
        int online = 0;
        for (JsonNode at : FeedText.list(service, "service_at_locations")) {
            JsonNode location = FeedText.object(at, "location");
            if (location == null) {
                continue;
            }
            if ("virtual".equalsIgnoreCase(FeedText.textOrNull(location, "location_type"))) {
                online++;
                continue;
            }
            if (places.size() == MOST_PLACES) {
                notes.add(Copy.of("directory.import.note.tooManyPlaces", MOST_PLACES));
                break;
            }
            places.add(place(location, serviceName, places.size() + 1, notes));
        }
        if (online > 0) {
            notes.add(Copy.of("directory.import.note.online", online));
        }
        return places;
    }

    private ImportedService.Place place(JsonNode location, String serviceName, int number, List<String> notes) {
        JsonNode address = address(location);
        String name = FeedText.textOrNull(location, "name");
        if (name == null) {
            name = address != null && FeedText.textOrNull(address, "address_1") != null ? FeedText.textOrNull(address, "address_1") : serviceName;
            notes.add(Copy.of("directory.import.note.placeUnnamed", number, FeedText.cut(name, 200)));
        }
        if (FeedText.length(name) > 200) {
            notes.add(Copy.of("directory.import.note.placeNameCut", number));
            name = FeedText.cut(name, 200);
        }
        String lines = address == null ? null : joined(address);
        if (lines != null && FeedText.length(lines) > 500) {
            notes.add(Copy.of("directory.import.note.addressCut", name));
            lines = FeedText.cut(lines, 500);
        }
        String postcode = address == null ? null : FeedText.textOrNull(address, "postal_code");
        if (postcode != null) {
            try {
                postcode = Postcodes.normalise(postcode);
            } catch (BadValue e) {
                notes.add(Copy.of("directory.import.note.postcodeNotUk", name, FeedText.cut(postcode, 20)));
                postcode = null;
            }
        }
        Double latitude = coordinate(location, "latitude", 90);
        Double longitude = coordinate(location, "longitude", 180);
        boolean given = location.has("latitude") || location.has("longitude");
        if (latitude == null || longitude == null) {
            if (given) {
                notes.add(Copy.of("directory.import.note.coordinatesNotKept", name));
            }
            latitude = null;
            longitude = null;
            Optional<Location> found = postcode == null ? Optional.empty() : locate(postcode);
            if (found.isPresent()) {
                latitude = found.get().latitude();
                longitude = found.get().longitude();
            } else {
                notes.add(Copy.of("directory.import.note.noCoordinates", name));
            }
        }
        return new ImportedService.Place(name, lines, postcode, latitude, longitude);
    }

    private Optional<Location> locate(String postcode) {
        try {
            return postcodes.locate(postcode);
        } catch (BadValue e) {
            return Optional.empty();
        }
    }

    /** The location's physical address (the UK profile's {@code addresses}, or HSDS's {@code physical_addresses}), else its first. */
    private static JsonNode address(JsonNode location) {
        JsonNode first = null;
        for (String field : List.of("addresses", "physical_addresses")) {
            for (JsonNode a : FeedText.list(location, field)) {
                if (!a.isObject()) {
                    continue;
                }
                String type = FeedText.textOrNull(a, "address_type");
                if (type == null || "physical".equalsIgnoreCase(type)) {
                    return a;
                }
                first = first == null ? a : first;
            }
        }
        return first;
    }

    private static String joined(JsonNode address) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("address_1", "address_2", "city", "region", "state_province")) {
            String part = FeedText.textOrNull(address, field);
            if (part != null && !parts.contains(part)) {
                parts.add(part.replace('\n', ' '));
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static Double coordinate(JsonNode location, String field, double limit) {
        JsonNode value = location.get(field);
        if (value == null || !value.isNumber()) {
            return null;
        }
        double d = value.doubleValue();
        return Double.isFinite(d) && Math.abs(d) <= limit ? d : null;
    }
}
