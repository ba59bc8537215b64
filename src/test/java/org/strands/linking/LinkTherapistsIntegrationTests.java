package org.strands.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.InvalidInput;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.AwaitJob;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/** Link therapists on Stockport's real schools and settings: a team of 25, solved, adjusted, explained and published. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinkTherapistsIntegrationTests {

    static final String LINKS = "/api/v1/areas/link-test/link-therapists";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    LinkTherapists links;

    Api lead;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, "link-test", "lead", "practitioner");
        lead = Api.at(port).as("lead", "demo");
    }

    @Test
    @Order(1)
    void aTherapistWithNoBaseIsNamedAndNothingIsSaved() {
        Api.Response refused = lead.put(LINKS + "/team", """
                [{"name":"Ann Example","linkHours":60,"base":"%s"},{"name":"Bob Example","linkHours":60},
                 {"name":"Cat Example","linkHours":-1,"latitude":53.4,"longitude":-2.15}]""".formatted(firstSchool()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"row\":2", "\"column\":\"base\"", "Give Bob Example a base")
                .contains("\"row\":3", "\"column\":\"linkHours\"");
        assertThat(lead.get(LINKS + "/team").json().size()).isZero();
        assertThat(lead.put(LINKS + "/team", "[{\"name\":\"Dee\",\"linkHours\":5,\"base\":\"999999999\"}]").body())
                .contains("There is no school, setting or venue 999999999");
    }

    @Test
    @Order(2)
    void aPractitionerCannotPlaceLinkTherapists() {
        assertThat(Api.at(port).as("practitioner", "demo").post(LINKS + "/solve", "{\"seconds\":1}").status()).isEqualTo(403);
        assertThat(lead.post(LINKS + "/solve", "{\"seconds\":1}").body()).contains("Add link therapists before placing them");
    }

    @Test
    @Order(3)
    void everySettingGetsOneTherapistWithinTheirHoursAndTimeFollowsNeed() {
        List<JsonNode> schools = schools();
        StringBuilder team = new StringBuilder("[");
        for (int i = 0; i < 25; i++) {
            team.append(i == 0 ? "" : ",").append("{\"name\":\"Therapist ").append(i + 1).append("\",\"linkHours\":72,\"base\":\"")
                    .append(schools.get(i * schools.size() / 25).get("ref").asString()).append("\"}");
        }
        assertThat(lead.put(LINKS + "/team", team.append("]").toString()).status()).isEqualTo(200);

        JsonNode result = solve(3);
        assertThat(result.get("feasible").asBoolean()).isTrue();
        assertThat(result.get("score").asString()).startsWith("0hard/");
        JsonNode assignments = result.get("assignments");
        assertThat(assignments.size()).isEqualTo(result.get("settings").asInt()).isEqualTo(schools.size());
        assertThat(assignments.get(0).propertyNames()).contains("urn", "therapist", "hours");

        Map<String, Double> hoursByTherapist = new HashMap<>();
        assignments.forEach(a -> hoursByTherapist.merge(a.get("therapist").asString(), a.get("hours").asDouble(), Double::sum));
        assertThat(hoursByTherapist.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(72.0));
        double total = hoursByTherapist.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isBetween(0.9 * 25 * 72 - 5, 0.9 * 25 * 72 + 0.15 * schools.size());

        // time follows need: the setting with the most estimated targeted need has the most link hours
        JsonNode needs = lead.get("/api/v1/areas/link-test/need/settings").json();
        String neediest = needs.valueStream().filter(n -> !n.get("targeted").isNull())
                .max((a, b) -> Double.compare(a.get("targeted").asDouble(), b.get("targeted").asDouble())).orElseThrow().get("ref").asString();
        double most = assignments.valueStream().mapToDouble(a -> a.get("hours").asDouble()).max().orElseThrow();
        assertThat(assignments.valueStream().filter(a -> a.get("urn").asString().equals(neediest)).findFirst().orElseThrow()
                .get("hours").asDouble()).isEqualTo(most);
        assertThat(result.get("constraints").valueStream().map(c -> c.get("name").asString()).toList())
                .contains(LinkConstraints.CAPACITY, LinkConstraints.TRAVEL, LinkConstraints.KEEP_EXISTING, LinkConstraints.TOGETHER);
    }

    @Test
    @Order(4)
    void aPinnedChoiceIsKeptAndMovesSayWhy() {
        JsonNode before = lead.get(LINKS).json().get("assignments");
        JsonNode first = before.get(0);
        JsonNode team = lead.get(LINKS + "/team").json();
        long other = team.valueStream().filter(t -> !t.get("name").asString().equals(first.get("therapist").asString()))
                .findFirst().orElseThrow().get("id").asLong();
        Api.Response pinned = lead.put(LINKS + "/assignments/" + first.get("urn").asString(), "{\"therapistId\":" + other + ",\"pinned\":true}");
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);
        assertThat(pinned.json().get("pinned").asBoolean()).isTrue();

        // the busiest therapist loses most of their link hours, so some of their settings must move
        String busiest = busiest(before);
        List<String> inputs = new ArrayList<>();
        team.forEach(t -> inputs.add("{\"name\":\"" + t.get("name").asString() + "\",\"linkHours\":"
                + (t.get("name").asString().equals(busiest) ? 30 : 80) + ",\"latitude\":" + t.get("latitude").asDouble()
                + ",\"longitude\":" + t.get("longitude").asDouble() + ",\"baseName\":\"" + t.get("baseName").asString() + "\"}"));
        assertThat(lead.put(LINKS + "/team", "[" + String.join(",", inputs) + "]").status()).isEqualTo(200);

        JsonNode after = solve(3);
        assertThat(after.get("feasible").asBoolean()).isTrue();
        JsonNode kept = after.get("assignments").valueStream().filter(a -> a.get("urn").asString().equals(first.get("urn").asString()))
                .findFirst().orElseThrow();
        assertThat(kept.get("therapistId").asLong()).isEqualTo(other);
        assertThat(kept.get("pinned").asBoolean()).isTrue();
        assertThat(kept.get("reason").asString()).contains("Chosen by lead");
        assertThat(after.get("assignments").valueStream().map(a -> a.get("reason").asString()))
                .anySatisfy(r -> assertThat(r).contains("Keeping it with " + busiest + " would mean").contains("over their link hours"))
                .contains("Unchanged.");
    }

    @Test
    @Order(5)
    void theListIsPublishedAndEachSettingShowsItsLinkTherapist() throws IOException {
        JsonNode assignment = lead.get(LINKS).json().get("assignments").get(3);
        byte[] xlsx = lead.getBytes(LINKS + "/list.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Link therapists", "Team", "About these figures");
            List<Row> rows = sheets.getFirst().read();
            assertThat(rows.getFirst().getCellText(2)).isEqualTo("Link therapist");
            assertThat(rows).hasSize(schools().size() + 1);
            assertThat(sheets.get(2).read().stream().map(r -> r.getCellText(1)).toList())
                    .anySatisfy(t -> assertThat(t).contains("90% of the team's link hours"));
        }
        FormSession browser = new FormSession(port);
        browser.signIn("practitioner", "demo");
        String page = browser.get("/areas/link-test/settings/" + assignment.get("urn").asString()).body();
        assertThat(page).contains("Link therapist").contains(assignment.get("therapist").asString());
    }

    @Test
    @Order(6)
    void removingATherapistLeavesTheirSettingsToPlaceAgain() {
        JsonNode team = lead.get(LINKS + "/team").json();
        long id = team.get(0).get("id").asLong();
        assertThat(lead.delete(LINKS + "/team/" + id).status()).isEqualTo(204);
        JsonNode now = lead.get(LINKS).json();
        assertThat(now.get("assignments").size()).isLessThan(now.get("settings").asInt());
        JsonNode solved = solve(2);
        assertThat(solved.get("assignments").size()).isEqualTo(solved.get("settings").asInt());
        assertThat(lead.post(LINKS + "/solve", "{\"seconds\":500}").body()).contains("\"column\":\"seconds\"");
    }

    @Test
    @Order(7)
    void placingRunsAsAJobThatAnswersWithItsLocationAndOnlyInItsArea() {
        Api.Response accepted = lead.post(LINKS + "/solve", "{\"seconds\":1}");
        String location = AwaitJob.location(accepted);
        assertThat(location).matches("/api/v1/areas/link-test/jobs/[0-9a-f-]{36}");
        assertThat(accepted.json().get("kind").asString()).isEqualTo(LinkSolveJob.KIND);
        assertThat(accepted.json().get("status").asString()).isIn("QUEUED", "RUNNING", "DONE");
        JsonNode job = AwaitJob.done(lead, accepted);
        assertThat(job.propertyNames()).containsExactlyInAnyOrder("id", "kind", "status", "progress", "message", "result");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        assertThat(job.get("message").asString()).startsWith("Link therapists placed");
        assertThat(job.get("result").asString()).isEqualTo(LINKS);
        assertThat(lead.get(job.get("result").asString()).json().get("assignments").size()).isPositive();
        JsonNode last = lead.get(LINKS + "/last-solve").json();
        assertThat(last.get("solvedBy").asString()).isEqualTo("lead");
        assertThat(last.get("millis").asInt()).isPositive();

        Api other = Api.at(port).as("commissioner", "demo"); // signed in, but in Stockport only
        assertThat(other.get(location).status()).isEqualTo(404);
        assertThat(other.get(location.replace("/link-test/", "/stockport/")).status()).isEqualTo(404);
        assertThat(lead.get("/api/v1/areas/link-test/jobs/not-a-job").status()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void aSolveThatFindsNoPlanInItsTimeSaysSoAndChangesNothing() {
        JsonNode before = lead.get(LINKS).json().get("assignments");
        var area = areas.find("link-test").orElseThrow();
        List<String> said = new ArrayList<>();
        assertThatThrownBy(() -> links.solveWithin(area, java.time.Duration.ofMillis(1), "lead", (p, m) -> said.add(m)))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("No plan was found in less than a second: the time ran out before every school and setting had a link therapist. "
                        + "Nothing was changed. Give the solver more time and place them again.");
        assertThat(said).first().asString().startsWith("Reading the team");
        assertThat(lead.get(LINKS).json().get("assignments")).isEqualTo(before);
    }

    /** Places link therapists through the API, waits for the job, and returns the links as they then stand. */
    private JsonNode solve(int seconds) {
        JsonNode job = AwaitJob.done(lead, lead.post(LINKS + "/solve", "{\"seconds\":" + seconds + "}"));
        return lead.get(job.get("result").asString()).json();
    }

    private String busiest(JsonNode assignments) {
        Map<String, Double> hours = new HashMap<>();
        assignments.forEach(a -> hours.merge(a.get("therapist").asString(), a.get("hours").asDouble(), Double::sum));
        return hours.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private List<JsonNode> schools() {
        return lead.get("/api/v1/areas/link-test/settings").json().valueStream().filter(s -> s.get("urn") != null && !s.get("urn").isNull()).toList();
    }

    private String firstSchool() {
        return schools().getFirst().get("ref").asString();
    }
}
