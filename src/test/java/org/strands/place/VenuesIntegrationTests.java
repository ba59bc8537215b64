package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VenuesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "venues-test", "lead", "commissioner", "practitioner");
    }

    @Test
    void aVenueAddedByHandIsASettingOfTheArea() {
        Api lead = Api.at(port).as("lead", "demo");
        Api.Response saved = lead.post("/api/v1/areas/venues-test/venues", """
                {"name":"Hubtown Family Hub","kind":"Family hub","postcode":"sk1 3xe","lsoa":"E01005743","latitude":53.41,"longitude":-2.15}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String ref = saved.json().get("ref").asString();
        JsonNode venue = lead.get("/api/v1/areas/venues-test/settings/" + ref).json();
        assertThat(venue.get("name").asString()).isEqualTo("Hubtown Family Hub");
        assertThat(venue.get("type").asString()).isEqualTo("Family hub");
        assertThat(venue.get("postcode").asString()).isEqualTo("SK1 3XE");
        assertThat(venue.get("urn").isNull()).isTrue();
        assertThat(venue.get("ward").asString()).isNotBlank();
        assertThat(lead.get("/api/v1/areas/venues-test/settings?typeGroup=Venue").json().findValuesAsString("name"))
                .contains("Hubtown Family Hub");
    }

    @Test
    void aVenueGivenAPostcodeButNoLatitudeAndLongitudeIsPlacedAtItsPostcode() {
        Api lead = Api.at(port).as("lead", "demo");
        String csv = "name,kind,postcode\nMarket Place Library,library,sk1 3xe\nNowhere Clinic,clinic,SK1 1ZY\n";
        assertThat(lead.upload("/api/v1/areas/venues-test/venues/import", "placed.csv", csv.getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        JsonNode library = lead.get("/api/v1/areas/venues-test/settings?q=Market%20Place%20Library").json().get(0);
        assertThat(library.get("latitude").asDouble()).isBetween(53.40, 53.42);
        assertThat(library.get("longitude").asDouble()).isBetween(-2.17, -2.15);
        JsonNode unknown = lead.get("/api/v1/areas/venues-test/settings?q=Nowhere%20Clinic").json().get(0);
        assertThat(unknown.get("latitude").isNull()).isTrue();
    }

    @Test
    void aVenuesFileWithMistakesIsRejectedWholeWithEveryMistake() {
        Api commissioner = Api.at(port).as("commissioner", "demo");
        String csv = """
                name,kind,address,postcode,lsoa,latitude,longitude
                Good Library,library,1 High St,SK1 1AA,,,
                ,clinic,,,,,
                Odd Place,castle,,NOTAPOSTCODE,E01000001,53.4,
                """;
        Api.Response response = commissioner.upload("/api/v1/areas/venues-test/venues/import", "venues.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsString("column")).containsExactly("name", "kind", "postcode", "lsoa", "longitude");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(commissioner.get("/api/v1/areas/venues-test/settings?q=Good%20Library").json().size()).isZero();
    }

    @Test
    void reImportingAVenuesFileUpdatesInsteadOfDuplicating() {
        Api lead = Api.at(port).as("lead", "demo");
        String csv = "name,kind,postcode\nRiverside Clinic,clinic,SK4 1AA\nNorth Library,LIBRARY,\n";
        Api.Response first = lead.upload("/api/v1/areas/venues-test/venues/import", "v.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        Api.Response second = lead.upload("/api/v1/areas/venues-test/venues/import", "v.csv",
                csv.replace("SK4 1AA", "SK4 1BB").getBytes(StandardCharsets.UTF_8));
        assertThat(second.json().get("created").asInt()).isZero();
        assertThat(second.json().get("updated").asInt()).isEqualTo(2);
        JsonNode found = lead.get("/api/v1/areas/venues-test/settings?q=Riverside%20Clinic").json();
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("postcode").asString()).isEqualTo("SK4 1BB");
    }

    @Test
    void aHeaderWithAnEmptyColumnNameIsStillRead() {
        Api.Response response = Api.at(port).as("lead", "demo").upload("/api/v1/areas/venues-test/venues/import", "v.csv",
                "name,kind,\nTrailing Comma Clinic,clinic,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void aVenueWhoseNameDiffersOnlyInCaseIsTheSameVenue() {
        Api lead = Api.at(port).as("lead", "demo");
        lead.upload("/api/v1/areas/venues-test/venues/import", "v.csv", "name,kind\nCase Library,library\n".getBytes(StandardCharsets.UTF_8));
        Api.Response again = lead.upload("/api/v1/areas/venues-test/venues/import", "v.csv", "name,kind\ncase library,library\n".getBytes(StandardCharsets.UTF_8));
        assertThat(again.json().get("updated").asInt()).isEqualTo(1);
    }

    @Test
    void readingASettingThroughTheApiIsAudited() {
        long before = db.sql("select count(*) from audit_event where action = 'READ' and subject_id = '106074' and actor = 'lead'").query(Long.class).single();
        Api.at(port).as("lead", "demo").get("/api/v1/areas/venues-test/settings/106074");
        assertThat(db.sql("select count(*) from audit_event where action = 'READ' and subject_id = '106074' and actor = 'lead'")
                .query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    void practitionersReadButDoNotAddVenues() {
        Api.Response response = Api.at(port).as("practitioner", "demo").post("/api/v1/areas/venues-test/venues", """
                {"name":"Nope","kind":"clinic"}""");
        assertThat(response.status()).isEqualTo(403);
    }
}
