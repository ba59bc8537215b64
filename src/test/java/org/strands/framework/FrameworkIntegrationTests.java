package org.strands.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

@DataTest
class FrameworkIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void frameworkHasTheFifteenOutcomesWithTheirStrandsAndLevels() {
        JsonNode framework = Api.at(port).get("/api/v1/framework").json();
        JsonNode outcomes = framework.get("outcomes");
        assertThat(outcomes.size()).isEqualTo(15);
        List<String> codes = new ArrayList<>();
        outcomes.forEach(o -> codes.add(o.get("code").asString()));
        assertThat(codes).containsExactly("FS1", "FS2", "FS3", "EE1", "EE2", "EE3", "WW1", "WW2", "WW3",
                "ID1", "ID2", "ID3", "IN1", "IN2", "IN3");
        assertThat(outcomes.get(0).get("strand").asString()).isEqualTo("FAMILY_SUPPORT");
        assertThat(outcomes.get(0).get("level").asString()).isEqualTo("UNIVERSAL");
        assertThat(outcomes.get(5).get("strand").asString()).isEqualTo("ENVIRONMENT");
        assertThat(outcomes.get(5).get("level").asString()).isEqualTo("SPECIALIST");
        assertThat(outcomes.get(13).get("strand").asString()).isEqualTo("INTERVENTION");
        assertThat(outcomes.get(13).get("level").asString()).isEqualTo("TARGETED");
        outcomes.forEach(o -> assertThat(o.get("descriptor").asString()).hasSizeGreaterThan(40));
        assertThat(framework.get("principles").size()).isEqualTo(5);
        assertThat(framework.get("principles").get(1).get("name").asString()).isEqualTo("Easy access");
    }

    @Test
    void anAreaLoadsAnotherDisciplinesDescriptorsAndCanThenSelectThem() {
        Api admin = Api.at(port).as("admin", "demo");
        Api.Response loaded = admin.upload("/api/v1/areas/stockport/framework/descriptor-sets", "ot.csv",
                descriptorFile("Occupational therapy outcome").getBytes(StandardCharsets.UTF_8),
                "code", "ot", "name", "Occupational therapy", "discipline", "Occupational therapy");
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(201);

        JsonNode sets = admin.get("/api/v1/areas/stockport/framework/descriptor-sets").json();
        assertThat(sets.findValuesAsString("code")).containsExactly("slcn", "ot");
        JsonNode ot = Api.at(port).as("practitioner", "demo").get("/api/v1/areas/stockport/framework?set=ot").json();
        assertThat(ot.get("outcomes").get(7).get("descriptor").asString()).isEqualTo("Occupational therapy outcome WW2");
        assertThat(ot.get("descriptorSet").get("name").asString()).isEqualTo("Occupational therapy");
    }

    @Test
    void aDescriptorFileWithMistakesIsRejectedWithEveryMistakeAndNothingLoaded() {
        String file = "code,descriptor\nFS1,One\nFS1,Again\nXX9,Unknown\nEE1,\n";
        Api.Response response = Api.at(port).as("admin", "demo").upload("/api/v1/areas/stockport/framework/descriptor-sets",
                "bad.csv", file.getBytes(StandardCharsets.UTF_8), "code", "broken", "name", "Broken");
        assertThat(response.status()).isEqualTo(422);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("message").asString()).contains("more than once");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("message").asString()).contains("XX9");
        assertThat(errors.get(2).get("column").asString()).isEqualTo("descriptor");
        assertThat(errors.findValuesAsString("message")).anyMatch(m -> m.contains("There is no row for IN3"));
        assertThat(Api.at(port).as("admin", "demo").get("/api/v1/areas/stockport/framework?set=broken").status()).isEqualTo(404);
    }

    @Test
    void onlyAnAreaAdministratorLoadsDescriptorSets() {
        Api.Response response = Api.at(port).as("commissioner", "demo").upload("/api/v1/areas/stockport/framework/descriptor-sets",
                "ot.csv", descriptorFile("x").getBytes(StandardCharsets.UTF_8), "code", "ot2", "name", "OT");
        assertThat(response.status()).isEqualTo(403);
    }

    static String descriptorFile(String prefix) {
        StringBuilder csv = new StringBuilder("code,descriptor\n");
        OutcomeCode.ALL.forEach(c -> csv.append(c.code()).append(",\"").append(prefix).append(' ').append(c.code()).append("\"\n"));
        return csv.toString();
    }
}
