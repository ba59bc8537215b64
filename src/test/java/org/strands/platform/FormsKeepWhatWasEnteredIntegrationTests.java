package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;
import static org.strands.support.FieldErrors.valueOf;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/** Every converted form, sent with mistakes: each mistake beside its field, everything entered shown again, nothing stored. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsKeepWhatWasEnteredIntegrationTests {

    static final String AREA = "/areas/kept-test";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    FormSession admin;

    @BeforeAll
    void signIn() {
        TestAreas.copyOfStockport(port, people, areas, "kept-test", "admin", "lead");
        admin = new FormSession(port);
        admin.signIn("admin", "demo");
    }

    private HttpResponse<String> post(String page, String path, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "_csrf";
        all[1] = admin.csrfToken(page);
        System.arraycopy(fields, 0, all, 2, fields.length);
        return admin.post(path, all);
    }

    @Test
    void theVenueFormShowsACoordinateMistakeBesideItAndKeepsTheText() {
        String html = post(AREA + "/venues/new", AREA + "/venues", "name", "Kept library", "kind", "LIBRARY", "postcode", "SK1 3XE",
                "latitude", "53,41", "longitude", "").body();
        assertErrorBeside(html, "latitude", "\"53,41\" is not a number: use a full stop for decimals");
        assertThat(valueOf(html, "latitude")).isEqualTo("53,41");
        assertThat(valueOf(html, "name")).isEqualTo("Kept library");
        assertThat(html).containsPattern("value=\"LIBRARY\"\\s+selected");
    }

    @Test
    void theLocalitiesFormNamesTheLocalityAsTheUserKnowsItBesideItsWard() {
        String page = admin.get(AREA + "/localities").body();
        java.util.regex.Matcher wards = java.util.regex.Pattern.compile("name=\"ward\" value=\"([^\"]+)\"").matcher(page);
        java.util.List<String> fields = new java.util.ArrayList<>();
        boolean first = true;
        while (wards.find()) {
            fields.add("ward");
            fields.add(wards.group(1));
            fields.add("locality");
            fields.add(first ? " " : "Kept " + wards.group(1));
            first = false;
        }
        String html = post(AREA + "/localities", AREA + "/localities", fields.toArray(String[]::new)).body();
        String firstWard = fields.get(1);
        assertErrorBeside(html, "ward-" + firstWard, "Enter a name for the locality.");
        assertThat(html).doesNotContain("localities[").doesNotContain("Header row");
        assertThat(valueOf(html, "ward-" + fields.get(5))).isEqualTo("Kept " + fields.get(5));
    }

    @Test
    void thePeopleFormKeepsWhatWasEnteredExceptThePassword() {
        String html = post(AREA + "/people", AREA + "/people", "username", "Bad Name!", "displayName", "Kept Person",
                "password", "a-long-secret-passphrase", "roles", "MENTOR").body();
        assertErrorBeside(html, "username", "Enter a username of 3 to 40");
        assertThat(valueOf(html, "displayName")).isEqualTo("Kept Person");
        assertThat(valueOf(html, "password")).isEmpty();
        assertThat(html).containsPattern("value=\"MENTOR\"\\s+checked");
    }

    @Test
    void removingAPersonAsksFirstIsAuditedAndTheLastAdministratorStays() {
        Api api = Api.at(port).as("admin", "demo");
        api.post("/api/v1/areas/kept-test/people", """
                {"username":"leaving","displayName":"Lee Leaving","password":"a-long-secret-passphrase","roles":["PRACTITIONER"]}""");
        assertThat(admin.get(AREA + "/people/leaving/remove").body()).contains("Are you sure you want to remove Lee Leaving")
                .contains("govuk-button--warning");
        assertThat(people.rolesIn("leaving", areas.find("kept-test").orElseThrow().id())).isNotEmpty();
        assertThat(post(AREA + "/people/leaving/remove", AREA + "/people/leaving/remove").statusCode()).isEqualTo(302);
        assertThat(people.rolesIn("leaving", areas.find("kept-test").orElseThrow().id())).isEmpty();
        assertThat(db.sql("select detail from audit_event where action = 'MEMBER_REMOVED' and subject_id = 'leaving'").query(String.class).single())
                .contains("removed by admin");
        api.post("/api/v1/areas/kept-test/people", """
                {"username":"staying","displayName":"Sam Staying","password":"a-long-secret-passphrase","roles":["PRACTITIONER"]}""");
        assertThat(post(AREA + "/people", AREA + "/people/staying/roles", "roles", "MENTOR", "roles", "PRACTITIONER").statusCode()).isEqualTo(302);
        assertThat(people.rolesIn("staying", areas.find("kept-test").orElseThrow().id())).containsExactlyInAnyOrder(Role.MENTOR, Role.PRACTITIONER);
        String refused = post(AREA + "/people/admin/remove", AREA + "/people/admin/remove").body();
        assertErrorBeside(refused, "roles-admin", "only administrator");
        assertThat(api.delete("/api/v1/areas/kept-test/people/admin").status()).isEqualTo(422);
    }

    @Test
    void theNeedModelAndThresholdsShowTheirMistakesBesideTheirFields() {
        String need = post(AREA + "/need", AREA + "/need/model", "targetedRate", "0,1", "deprivationMultiplier", "2",
                "specialistRate", "0.02", "specialistWeight", "").body();
        assertErrorBeside(need, "targetedRate", "\"0,1\" is not a number");
        assertErrorBeside(need, "specialistWeight", "Enter a number");
        assertThat(valueOf(need, "targetedRate")).isEqualTo("0,1");
        String map = post(AREA + "/provision", AREA + "/provision/settings", "thinBelow", "two", "specialistShareMax", "0.5").body();
        assertErrorBeside(map, "thinBelow", "\"two\" is not a number.");
        assertThat(valueOf(map, "thinBelow")).isEqualTo("two");
        assertThat(valueOf(map, "specialistShareMax")).isEqualTo("0.5");
    }

    @Test
    void anExpectationTooLongIsShownBesideItsCellWithTheTextKept() {
        String longText = "x".repeat(4001);
        String html = post(AREA + "/provision/specification", AREA + "/provision/specification/FS2", "fromTherapy", longText,
                "fromPartners", "Kept partners").body();
        assertErrorBeside(html, "therapy-FS2", "This is longer than 4000 characters.");
        assertThat(html).contains(">Kept partners</textarea>").contains("maxlength=\"4000\"");
    }

    @Test
    void anAreaAndAnUploadWithoutAFileSayWhatIsMissingBesideTheField() {
        String areaPage = post("/admin/areas", "/admin/areas", "name", "Kept area", "slug", "kept-area", "laCodes", "E08000007, X99").body();
        assertErrorBeside(areaPage, "laCodes", "\"X99\" is not a local authority code");
        assertThat(valueOf(areaPage, "laCodes")).isEqualTo("E08000007, X99");
        String descriptors = post(AREA + "/framework/descriptor-sets/new", AREA + "/framework/descriptor-sets", "code", "ot",
                "name", "Kept set", "discipline", "OT").body();
        assertErrorBeside(descriptors, "file", "Choose a CSV file of descriptors.");
        assertThat(valueOf(descriptors, "name")).isEqualTo("Kept set");
        String workforce = admin.get(AREA + "/need/workforce?therapists=40&assistants=1,5&k=4").body();
        assertErrorBeside(workforce, "assistants", "\"1,5\" is not a number");
    }

    @Test
    void aLinkTherapistIsAddedWithMistakesShownBesideTheFieldsAndRemovedOnlyAfterConfirming() {
        FormSession lead = new FormSession(port);
        lead.signIn("lead", "demo");
        String page = lead.get(AREA + "/link-therapists").body();
        java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option value=\"([^\"]+)\"").matcher(
                page.substring(page.indexOf("id=\"base\"")));
        assertThat(option.find()).isTrue();
        String base = option.group(1);
        String bad = lead.post(AREA + "/link-therapists/team", "_csrf", lead.csrfToken(AREA + "/link-therapists"),
                "name", "Kept Therapist", "linkHours", "1,5", "base", base).body();
        assertErrorBeside(bad, "linkHours", "\"1,5\" is not a number");
        assertThat(valueOf(bad, "name")).isEqualTo("Kept Therapist");
        assertThat(bad).containsPattern("value=\"" + java.util.regex.Pattern.quote(base) + "\"\\s+selected");
        // the team's own rules (a name is needed) speak beside the field too, not as a row of a file
        String nameless = lead.post(AREA + "/link-therapists/team", "_csrf", lead.csrfToken(AREA + "/link-therapists"),
                "name", " ", "linkHours", "72", "base", base).body();
        assertErrorBeside(nameless, "name", "Enter the therapist's name");
        assertThat(nameless).doesNotContain("Header row").doesNotContain("Row 1");
        assertThat(lead.post(AREA + "/link-therapists/team", "_csrf", lead.csrfToken(AREA + "/link-therapists"),
                "name", "Kept Therapist", "linkHours", "1,500", "base", base).statusCode()).isEqualTo(302);
        Api api = Api.at(port).as("lead", "demo");
        long id = api.get("/api/v1/areas/kept-test/link-therapists/team").json().valueStream()
                .filter(t -> t.get("name").asString().equals("Kept Therapist")).findFirst().orElseThrow().get("id").asLong();
        String confirm = lead.get(AREA + "/link-therapists/team/" + id + "/remove").body();
        assertThat(confirm).contains("Are you sure you want to remove Kept Therapist from the team?").contains("govuk-button--warning");
        assertThat(lead.post(AREA + "/link-therapists/team/" + id + "/remove", "_csrf", lead.csrfToken(AREA + "/link-therapists/team/" + id + "/remove"))
                .statusCode()).isEqualTo(302);
        assertThat(api.get("/api/v1/areas/kept-test/link-therapists/team").json().valueStream()
                .noneMatch(t -> t.get("id").asLong() == id)).isTrue();
        assertThat(db.sql("select count(*) from audit_event where action = 'LINK_THERAPIST_REMOVED' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isOne();
    }
}
