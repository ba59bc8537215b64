package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class GridReferenceTests {

    @Test
    void everyStockportSchoolsGridReferenceLandsWithinAMetreOfTheLatitudeAndLongitudeGiasGivesIt() throws IOException {
        double worst = 0;
        int schools = 0;
        try (Reader in = new InputStreamReader(new ClassPathResource("demo/reference/gias.csv").getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord school : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (school.get("easting").isBlank() || school.get("latitude").isBlank()) {
                    continue;
                }
                Location computed = GridReference.NATIONAL_GRID.toLocation(Double.parseDouble(school.get("easting")),
                        Double.parseDouble(school.get("northing")));
                Location given = new Location(Double.parseDouble(school.get("latitude")), Double.parseDouble(school.get("longitude")));
                worst = Math.max(worst, computed.kilometresTo(given));
                schools++;
            }
        }
        assertThat(schools).isGreaterThan(100);
        assertThat(worst * 1000).as("metres").isLessThan(1);
    }

    @Test
    void theOrdnanceSurveysWorkedExampleInNorfolkIsWhereItsGuideSays() {
        // "A guide to coordinate systems in Great Britain", C.2: 651409.903, 313177.270 is 52°39'27.2531"N 1°43'4.5177"E
        // on OSGB36; in WGS84 it lies about 100 m away, near 52.6576 N 1.7179 E
        Location norfolk = GridReference.NATIONAL_GRID.toLocation(651_409.903, 313_177.270);
        assertThat(norfolk.latitude()).isCloseTo(52.6576, within(0.001));
        assertThat(norfolk.longitude()).isCloseTo(1.7179, within(0.002));
    }

    @Test
    void aBelfastPostcodeOnTheIrishGridLandsInBelfast() {
        // BT1 1AA, 334316 374675 on the Irish Grid: Belfast city centre, about 54.60 N 5.93 W
        Location belfast = GridReference.IRISH_GRID.toLocation(334_316, 374_675);
        assertThat(belfast.latitude()).isCloseTo(54.60, within(0.01));
        assertThat(belfast.longitude()).isCloseTo(-5.93, within(0.01));
    }

    @Test
    void manchesterIsAboutTenKilometresFromStockport() {
        Location stockport = GridReference.NATIONAL_GRID.toLocation(389_561, 389_918);
        Location manchesterTownHall = new Location(53.4794, -2.2446);
        assertThat(stockport.kilometresTo(manchesterTownHall)).isBetween(9.0, 11.0);
    }
}
