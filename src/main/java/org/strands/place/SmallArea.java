package org.strands.place;

import java.math.BigDecimal;

/**
 * A small area (LSOA 2021) of an area, with its ward, district, locality, deprivation and child population;
 * {@code ageShares} is null until the mid-2020 ages and the 2011 to 2021 lookup are loaded.
 */
public record SmallArea(String code, String name, String wardCode, String ward, String districtCode, String district,
        Long localityId, String locality, Integer imdDecile, BigDecimal imdScore, Integer children0to15, AgeShares ageShares) {
}
