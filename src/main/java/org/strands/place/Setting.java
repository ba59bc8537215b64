package org.strands.place;

import java.math.BigDecimal;

/**
 * A school or setting from GIAS, or a venue the area added (a family hub, library, clinic). {@code ref} is
 * the URN for an establishment and {@code v} plus the id for a venue; {@code urn} is null for venues.
 */
public record Setting(String ref, Integer urn, String name, String type, String typeGroup, String phase, Integer pupils,
        BigDecimal fsmPercent, String lsoa, String wardCode, String ward, Integer imdDecile, Double latitude, Double longitude,
        String postcode, String town) {

    public boolean venue() {
        return urn == null;
    }
}
