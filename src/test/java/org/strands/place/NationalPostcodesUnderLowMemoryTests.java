package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.strands.platform.BadValue;
import org.strands.support.Api;
import org.strands.support.AwaitJob;
import org.strands.support.SharedData;
import org.strands.support.TestDatabaseInitializer;
import tools.jackson.databind.JsonNode;

/**
 * The whole ONS Postcode Directory (2.72 million rows, 20 MB compressed, 97 MB unpacked) loads through the API into
 * the application running in a heap of 512 MB (the {@code low-memory} Surefire run, where an OutOfMemoryError ends
 * the run): the file is read, checked and copied as a stream, never held whole.
 */
@Tag("low-memory")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class NationalPostcodesUnderLowMemoryTests {

    @LocalServerPort
    int port;

    @Autowired
    Postcodes postcodes;

    @Test
    void theWholeDirectoryLoadsAndEveryNationsPostcodesArePlaced() throws BadValue {
        Api admin = Api.at(port).as("admin", "demo");
        JsonNode job = AwaitJob.done(admin, admin.upload("/api/v1/admin/reference-data/postcodes?replace=true",
                SharedData.file("geography/onspd_nov2025_postcode_lad25_easting_northing_uk.csv.gz")));
        assertThat(job.get("message").asString()).startsWith("Loaded 2,720,556 rows of postcodes");
        Location aberdeen = postcodes.locate("AB10 1AB").orElseThrow();
        assertThat(aberdeen.latitude()).isCloseTo(57.15, within(0.05));
        Location belfast = postcodes.locate("BT1 1AA").orElseThrow();
        assertThat(belfast.longitude()).isCloseTo(-5.93, within(0.05));
        Location cardiff = postcodes.locate("CF10 1AA").orElseThrow();
        assertThat(cardiff.latitude()).isCloseTo(51.48, within(0.05));
        assertThat(postcodes.locate("GY1 1AA")).isEmpty(); // in the directory, without a grid reference
    }
}
