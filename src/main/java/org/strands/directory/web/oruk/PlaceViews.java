package org.strands.directory.web.oruk;

import java.util.List;
import org.strands.directory.DirectoryEntry;
import org.strands.platform.Area;

/**
 * A place where a service is given as an Open Referral location: physical, at its point, with its address when all seven
 * of an address's required fields can be filled. A place keeps its town in {@code address} (the setting's town, for an
 * offer's places); the address is then the place's name, the town (or the area's name when the town is not known), the
 * nation of the area's local authorities, the postcode and "GB". A place without a postcode has no address.
 */
final class PlaceViews {

    private PlaceViews() {
    }

    static FeedJson.Location location(Area area, DirectoryEntry.Place place, boolean withAddress) {
        // a setting or venue of the area is one location, whichever of the area's services is given there
        java.util.UUID id = place.settingRef() == null ? FeedTaxonomies.id("location/" + place.id())
                : FeedTaxonomies.id("location/" + area.slug() + "/" + place.settingRef());
        boolean school = place.settingRef() != null && place.settingRef().matches("\\d{6,7}");
        return new FeedJson.Location(id, "physical", place.name(), place.latitude(), place.longitude(),
                school ? place.settingRef() : null, school ? "URN" : null, withAddress ? address(area, place, id) : null);
    }

    private static List<FeedJson.Address> address(Area area, DirectoryEntry.Place place, java.util.UUID location) {
        if (place.postcode() == null || place.postcode().isBlank()) {
            return null;
        }
        String[] parts = place.address() == null ? new String[0] : place.address().strip().split("\\s*,\\s*");
        String town = parts.length == 0 || parts[parts.length - 1].isBlank() ? area.name() : parts[parts.length - 1];
        String firstLine = parts.length > 1 ? place.name() + ", " + String.join(", ", java.util.Arrays.copyOf(parts, parts.length - 1)) : place.name();
        return List.of(new FeedJson.Address(FeedTaxonomies.id("address/" + location), location, firstLine, town, nation(area),
                place.postcode().strip(), "GB", "physical"));
    }

    /** The nation of the area's local authorities, by the first letter of their codes (E for England), else the area's name. */
    static String nation(Area area) {
        String first = area.authorityCodes().stream().map(c -> c.isEmpty() ? "" : c.substring(0, 1)).distinct().reduce((a, b) -> a.equals(b) ? a : "")
                .orElse("");
        return switch (first) {
            case "E" -> "England";
            case "W" -> "Wales";
            case "S" -> "Scotland";
            case "N" -> "Northern Ireland";
            default -> area.name();
        };
    }
}
