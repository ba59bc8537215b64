package org.strands.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
class LocalitiesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "localities-test", "lead", "commissioner", "practitioner");
    }

    @Test
    void wardsCanBeGroupedIntoNamedLocalitiesAndSmallAreasFollow() {
        Api admin = Api.at(port).as("admin", "demo");
        JsonNode current = admin.get("/api/v1/areas/localities-test/localities").json();
        List<String> wards = new ArrayList<>();
        current.forEach(l -> l.get("wards").forEach(w -> wards.add(w.get("code").asString())));
        String east = String.join("\",\"", wards.subList(0, 10));
        String west = String.join("\",\"", wards.subList(10, wards.size()));
        Api.Response regrouped = admin.put("/api/v1/areas/localities-test/localities",
                "[{\"name\":\"East\",\"wards\":[\"" + east + "\"]},{\"name\":\"West\",\"wards\":[\"" + west + "\"]}]");
        assertThat(regrouped.status()).as(regrouped.body()).isEqualTo(200);
        assertThat(regrouped.json().valueStream().map(l -> l.get("name").asString())).containsExactly("East", "West");
        JsonNode smallAreas = admin.get("/api/v1/areas/localities-test/small-areas").json();
        smallAreas.forEach(s -> assertThat(s.get("locality").asString()).isIn("East", "West"));
    }

    @Test
    void aGroupingThatLeavesOutAWardOrNamesAStrangerChangesNothing() {
        Api admin = Api.at(port).as("admin", "demo");
        String before = admin.get("/api/v1/areas/localities-test/localities").body();
        Api.Response response = admin.put("/api/v1/areas/localities-test/localities", """
                [{"name":"Only","wards":["E05000001"]},{"name":" ","wards":[]}]""");
        assertThat(response.status()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsString("column")).contains("Locality 1: wards", "Locality 2: name", "Wards");
        assertThat(errors.findValuesAsString("column")).noneMatch(column -> column.contains("[") || column.contains("."));
        assertThat(errors.findValues("row")).allMatch(row -> row.asInt() == 0);
        assertThat(admin.get("/api/v1/areas/localities-test/localities").body()).isEqualTo(before);
    }
}
