package org.strands.place.web;

import org.strands.place.VenueDetails;
import org.strands.platform.FormErrors;
import org.strands.platform.Numbers;

/** The venue form as entered; latitude and longitude as typed, so that a mistake is shown as it was written. */
record VenueCommand(String name, String kind, String address, String postcode, String lsoa, String latitude, String longitude) {

    static VenueCommand empty() {
        return new VenueCommand(null, "FAMILY_HUB", null, null, null, null, null);
    }

    VenueDetails toDetails(FormErrors errors) {
        return new VenueDetails(name, kind, address, postcode, lsoa, coordinate("latitude", latitude, errors),
                coordinate("longitude", longitude, errors));
    }

    private static Double coordinate(String field, String text, FormErrors errors) {
        java.math.BigDecimal value = errors.parse(field, text, Numbers::decimal);
        return value == null ? null : value.doubleValue();
    }
}
