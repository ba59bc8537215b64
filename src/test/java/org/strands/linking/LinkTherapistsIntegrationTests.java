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
    static final String OAKGROVE = "150471";
    static final String PEAR_TREE = "150735";
    static final String LISBURNE = "150462";
    static final String STOCKPORT_GRAMMAR = "106156";
    static final String DIAL_PARK = "150460";

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
        assertThat(assignments.size()).isEqualTo(result.get("settings").asInt()).isEqualTo(linked());
        assertThat(assignments.get(0).propertyNames()).contains("urn", "therapist", "hours");

        Map<String, Double> hoursByTherapist = new HashMap<>();
        assignments.forEach(a -> hoursByTherapist.merge(a.get("therapist").asString(), a.get("hours").asDouble(), Double::sum));
        assertThat(hoursByTherapist.values()).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(72.0));
        double total = hoursByTherapist.values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(total).isBetween(0.9 * 25 * 72 - 5, 0.9 * 25 * 72 + 0.15 * schools.size());

        // time follows need: among state-funded schools, the one with the most weighted need (targeted need plus
        // k × specialist need, with the default model) has the most link hours
        Map<String, Double> hoursByUrn = new HashMap<>();
        assignments.forEach(a -> hoursByUrn.put(a.get("urn").asString(), a.get("hours").asDouble()));
        List<JsonNode> stateSchools = schools.stream().filter(s -> SettingKind.ofType(s.get("type").asString(), s.get("typeGroup").asString())
                == SettingKind.STATE_SCHOOL).toList();
        Map<String, Double> targeted = new HashMap<>();
        lead.get("/api/v1/areas/link-test/need/settings").json().forEach(n -> {
            if (!n.get("targeted").isNull()) {
                targeted.put(n.get("ref").asString(), n.get("targeted").asDouble() + 4 * 0.01 * n.get("pupils").asInt());
            }
        });
        String neediest = stateSchools.stream().map(s -> s.get("ref").asString()).filter(targeted::containsKey)
                .max((a, b) -> Double.compare(targeted.get(a), targeted.get(b))).orElseThrow();
        assertThat(hoursByUrn.get(neediest)).isEqualTo(stateSchools.stream().mapToDouble(s -> hoursByUrn.get(s.get("ref").asString()))
                .max().orElseThrow());
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
        Api.Response pinned = lead.put(LINKS + "/assignments/" + first.get("urn").asString(), "{\"therapistId\":" + other + ",\"pinned\":true,\"allowOverHours\":true}");
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
            assertThat(rows).hasSize(linked() + 1);
            assertThat(rows.getFirst().getCellText(8)).isEqualTo("Pupil number");
            assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(1) + "|" + r.getCellText(8)).isEqualTo("Oakgrove School|Estimated"));
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
    void specialSchoolsWithoutAPupilNumberGetLinkTimeByTheirNeedMarkedEstimated() {
        JsonNode assignments = lead.get(LINKS).json().get("assignments");
        double medianStateSchool = median(assignments.valueStream().filter(a -> a.get("kind").asString().equals("State-funded schools"))
                .map(a -> a.get("hours").asDouble()).toList());
        for (String urn : List.of(OAKGROVE, PEAR_TREE, LISBURNE)) {
            JsonNode a = assignments.valueStream().filter(x -> x.get("urn").asString().equals(urn)).findFirst().orElseThrow();
            assertThat(a.get("kind").asString()).isEqualTo("Special schools");
            assertThat(a.get("pupilsEstimated").asBoolean()).isTrue();
            assertThat(a.get("pupils").asInt()).isPositive();
            assertThat(a.get("pupilsBasis").asString()).startsWith("Estimated: the median of");
            assertThat(a.get("hours").asDouble()).as(a.toString()).isGreaterThan(LinkHours.MINIMUM_TENTHS / 10.0).isGreaterThan(medianStateSchool);
        }
        assertThat(assignments.valueStream().filter(a -> a.get("urn").asString().equals(OAKGROVE)).findFirst().orElseThrow()
                .get("pupilsBasis").asString())
                // with only the demo's slice of England loaded, from the area's special schools; with all of England, from its academy special converters
                .matches("Estimated: the median of (11 special schools in the area|[0-9,]+ academy special converters in England)\\.");
        // a primary school without a number is estimated from primary schools of its type, not secondaries
        assertThat(assignments.valueStream().filter(a -> a.get("urn").asString().equals(DIAL_PARK)).findFirst().orElseThrow()
                .get("pupilsBasis").asString()).contains("academy converters (primary) in the area");
        assertThat(assignments.valueStream().map(a -> a.get("urn").asString())).doesNotContain(STOCKPORT_GRAMMAR);

        FormSession browser = new FormSession(port);
        browser.signIn("practitioner", "demo");
        assertThat(browser.get("/areas/link-test/link-therapists/settings/" + OAKGROVE).body()).contains("Estimated", "Estimated: the median of");
        assertThat(browser.get("/areas/link-test/link-therapists").body()).contains("Estimated");
        assertThat(browser.get("/areas/link-test/settings/" + OAKGROVE).body()).contains("from an estimated");
        assertThat(browser.get("/areas/link-test/settings/" + STOCKPORT_GRAMMAR).body()).contains("does not give independent schools a link therapist");
    }

    @Test
    @Order(10)
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

        // two asked for at the same moment: one starts, the other is told a solve is running
        List<java.util.concurrent.CompletableFuture<Api.Response>> both = java.util.stream.IntStream.range(0, 2)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> lead.post(LINKS + "/solve", "{\"seconds\":1}")))
                .toList();
        List<Api.Response> answers = both.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(202, 422);
        Api.Response refused = answers.stream().filter(a -> a.status() == 422).findFirst().orElseThrow();
        assertThat(refused.body()).contains("are being placed now");
        AwaitJob.done(lead, answers.stream().filter(a -> a.status() == 202).findFirst().orElseThrow());
    }

    @Test
    @Order(8)
    void independentSchoolsGetNoLinkTimeUntilTheAreaChoosesThem() {
        JsonNode kinds = lead.get(LINKS + "/kinds").json();
        assertThat(kinds.valueStream().filter(k -> k.get("chosen").asBoolean()).map(k -> k.get("code").asString()))
                .containsExactlyInAnyOrder("STATE_SCHOOL", "SPECIAL_SCHOOL", "ALTERNATIVE_PROVISION", "NURSERY", "FAMILY_HUB");
        assertThat(Api.at(port).as("practitioner", "demo").put(LINKS + "/kinds", "{\"kinds\":[\"STATE_SCHOOL\"]}").status()).isEqualTo(403);
        assertThat(lead.put(LINKS + "/kinds", "{\"kinds\":[]}").body()).contains("Choose at least one kind");
        assertThat(lead.put(LINKS + "/kinds", "{\"kinds\":[\"STATE_SCHOOL\",\"CASTLES\"]}").status()).isEqualTo(422);

        String withIndependent = "{\"kinds\":[\"STATE_SCHOOL\",\"SPECIAL_SCHOOL\",\"ALTERNATIVE_PROVISION\",\"NURSERY\",\"FAMILY_HUB\",\"INDEPENDENT_SCHOOL\"]}";
        assertThat(lead.put(LINKS + "/kinds", withIndependent).status()).isEqualTo(200);
        JsonNode solved = solve(2);
        JsonNode grammar = solved.get("assignments").valueStream().filter(a -> a.get("urn").asString().equals(STOCKPORT_GRAMMAR))
                .findFirst().orElseThrow();
        assertThat(grammar.get("hours").asDouble()).isGreaterThan(1.0);
        assertThat(grammar.get("pupilsEstimated").asBoolean()).isFalse();

        FormSession browser = new FormSession(port);
        browser.signIn("lead", "demo");
        String page = browser.get("/areas/link-test/link-therapists").body();
        assertThat(page).contains("Independent schools (11 in the area)").doesNotContain("INDEPENDENT_SCHOOL\">");
        String csrf = browser.csrfToken("/areas/link-test/link-therapists");
        assertThat(browser.post("/areas/link-test/link-therapists/kinds", "_csrf", csrf).body())
                .contains("govuk-error-message", "Choose at least one kind");
        List<String> fields = new ArrayList<>(List.of("_csrf", csrf));
        SettingKind.DEFAULTS.forEach(k -> fields.addAll(List.of("kinds", k.name())));
        assertThat(browser.post("/areas/link-test/link-therapists/kinds", fields.toArray(String[]::new)).statusCode()).isEqualTo(302);
        assertThat(lead.get(LINKS).json().get("assignments").valueStream().map(a -> a.get("urn").asString())).doesNotContain(STOCKPORT_GRAMMAR);
        assertThat(lead.put(LINKS + "/assignments/" + STOCKPORT_GRAMMAR, "{\"therapistId\":" + grammar.get("therapistId").asLong() + "}").body())
                .contains("not a kind of school or setting");
    }

    @Test
    @Order(9)
    void choosingATherapistWithoutTheHoursLeftIsRefusedOrSavedWithTheWarning() {
        JsonNode assignments = lead.get(LINKS).json().get("assignments");
        JsonNode team = lead.get(LINKS + "/team").json();
        Map<Long, Double> load = new HashMap<>();
        assignments.forEach(a -> load.merge(a.get("therapistId").asLong(), a.get("hours").asDouble(), Double::sum));
        JsonNode full = team.valueStream().max((a, b) -> Double.compare(load.getOrDefault(a.get("id").asLong(), 0.0) - a.get("linkHours").asDouble(),
                load.getOrDefault(b.get("id").asLong(), 0.0) - b.get("linkHours").asDouble())).orElseThrow();
        long id = full.get("id").asLong();
        double room = full.get("linkHours").asDouble() - load.getOrDefault(id, 0.0);
        JsonNode big = assignments.valueStream().filter(a -> a.get("therapistId").asLong() != id && a.get("hours").asDouble() > room + 0.5)
                .findFirst().orElseThrow();
        String path = LINKS + "/assignments/" + big.get("urn").asString();
        String name = full.get("name").asString();

        Api.Response refused = lead.put(path, "{\"therapistId\":" + id + "}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains(name + " would have ", " of " + OverHours.number(full.get("linkHours").asDouble()) + ": ",
                " over. Choose another therapist, or confirm to save it over their hours.");
        assertThat(lead.get(LINKS).json().get("assignments").valueStream().filter(a -> a.get("urn").equals(big.get("urn"))).findFirst()
                .orElseThrow().get("therapistId").asLong()).isEqualTo(big.get("therapistId").asLong());

        FormSession browser = new FormSession(port);
        browser.signIn("lead", "demo");
        String page = "/areas/link-test/link-therapists/settings/" + big.get("urn").asString();
        String csrf = browser.csrfToken(page);
        String again = browser.post(page, "_csrf", csrf, "therapistId", String.valueOf(id), "pinned", "true").body();
        assertThat(again).contains("govuk-error-summary", "govuk-error-message", name + " would have ", "name=\"allowOverHours\"")
                .doesNotContain("govuk-notification-banner--success");
        assertThat(browser.post(page, "_csrf", csrf, "therapistId", String.valueOf(id), "pinned", "true", "allowOverHours", "true")
                .statusCode()).isEqualTo(302);
        String saved = browser.get(page).body();
        assertThat(saved).contains("Saved over their link hours", name + " now has ", " over their link hours")
                .doesNotContain("govuk-notification-banner--success");
        assertThat(browser.get("/areas/link-test/link-therapists").body()).contains("govuk-tag--red");

        JsonNode other = assignments.valueStream().filter(a -> a.get("therapistId").asLong() != id && a.get("hours").asDouble() > room + 0.5
                && !a.get("urn").equals(big.get("urn"))).findFirst().orElseThrow();
        Api.Response warned = lead.put(LINKS + "/assignments/" + other.get("urn").asString(), "{\"therapistId\":" + id + ",\"allowOverHours\":true}");
        assertThat(warned.status()).isEqualTo(200);
        assertThat(warned.json().get("therapistId").asLong()).isEqualTo(id);
        assertThat(warned.json().get("warning").asString()).startsWith(name + " now has ").contains(" over their link hours");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The settings of the kinds the area links now. */
    private int linked() {
        return lead.get(LINKS + "/kinds").json().valueStream().filter(k -> k.get("chosen").asBoolean()).mapToInt(k -> k.get("settings").asInt()).sum();
    }

    @Test
    @Order(11)
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
