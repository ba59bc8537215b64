package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;

import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/** Each bad request that once answered 500: now a 4xx naming what was wrong, and nothing stored. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

    static final String AREA = "bad-input";
    static final String BROWSER = "text/html,application/xhtml+xml";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    PageErrors pageErrors;

    Api lead;
    FormSession leadPages;

    @BeforeAll
    void signIn() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead");
        lead = Api.at(port).as("lead", "demo");
        leadPages = new FormSession(port);
        leadPages.signIn("lead", "demo");
    }

    /** Text that does not compress, as a pasted document would not: a name of thousands of it once broke an index. */
    private static String randomText(int length) {
        Random random = new Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private long count(String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String offer(String partner, String description) {
        return "{\"partner\":\"" + partner + "\",\"partnerType\":\"OTHER\",\"name\":\"Bounded\",\"description\":\"" + description
                + "\",\"outcomes\":[\"FS2\"],\"entry\":\"PROVISION\",\"status\":\"CURRENT\"}";
    }

    @Test
    void aPartnerNameOfThousandsOfCharactersIsRefusedNamingThePartner() {
        long partners = count("partner");
        Api.Response response = lead.post("/api/v1/areas/" + AREA + "/provision/offers", offer(randomText(3000), "fine"));
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("Partner");
        assertThat(response.json().get("errors").get(0).get("message").asString()).contains("200 characters");
        assertThat(count("partner")).isEqualTo(partners);
    }

    @Test
    void aPartnerNameOfThousandsOfCharactersOnTheFormIsShownBesideThePartnerField() {
        HttpResponse<String> response = leadPages.post("/areas/" + AREA + "/provision/offers", "_csrf",
                leadPages.csrfToken("/areas/" + AREA + "/provision/offers/new"), "partner", randomText(3000), "partnerType", "OTHER",
                "name", "Bounded", "outcomes", "FS2", "entry", "PROVISION", "status", "CURRENT");
        assertThat(response.statusCode()).isEqualTo(200);
        assertErrorBeside(response.body(), "partner", "This is longer than 200 characters.");
    }

    @Test
    void aDescriptionOverFiveThousandCharactersIsRefusedAndOneOfFiveThousandIsKept() {
        Api.Response tooLong = lead.post("/api/v1/areas/" + AREA + "/provision/offers", offer("Bounded partner", "d".repeat(5001)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("errors").get(0).get("column").asString()).isEqualTo("Description");
        Api.Response fits = lead.post("/api/v1/areas/" + AREA + "/provision/offers", offer("Bounded partner", "d".repeat(5000)));
        assertThat(fits.status()).as(fits.body()).isIn(200, 201);
    }

    @Test
    void moreThanFiftyEvidenceLinksAreRefused() {
        String links = String.join(",", java.util.Collections.nCopies(51, "\"https://example.org/evidence\""));
        Api.Response response = lead.post("/api/v1/areas/" + AREA + "/provision/offers",
                offer("Bounded partner", "fine").replace("}", ",\"evidence\":[" + links + "]}"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("at most 50 evidence links");
    }

    @Test
    void aNulCharacterInAJsonTextIsRefusedNamingTheField() {
        long actions = count("action");
        Api.Response response = lead.post("/api/v1/areas/" + AREA + "/provision/actions",
                "{\"title\":\"Kept\\u0000in mind\",\"outcomes\":[\"FS1\"],\"owner\":\"Alex\",\"dueOn\":\"2030-01-31\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("title");
        assertThat(count("action")).isEqualTo(actions);
    }

    @Test
    void aJsonTextLongerThanANoteIsRefusedNamingTheFieldEvenInAList() {
        Api.Response response = lead.post("/api/v1/areas/" + AREA + "/provision/actions",
                "{\"title\":\"Kept\",\"outcomes\":[\"" + "F".repeat(10_001) + "\"],\"owner\":\"Alex\",\"dueOn\":\"2030-01-31\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).isEqualTo("outcomes is longer than 10,000 characters. Shorten it.");
    }

    @Test
    void anUnknownAgeBandInAPagesQueryStringIsABadRequestPageSayingWhichBandsThereAre() {
        HttpResponse<String> need = leadPages.get("/areas/" + AREA + "/need?ageBand=99-100", BROWSER);
        assertThat(need.statusCode()).as("the need page shows every band with the error").isEqualTo(200);
        assertThat(need.body()).contains("govuk-error-summary", "Choose an age band");
        for (String page : new String[] {"/areas/" + AREA + "/provision?ageBand=x",
                "/areas/" + AREA + "/provision/cells/FS1?ageBand=1-2"}) {
            HttpResponse<String> response = leadPages.get(page, BROWSER);
            assertThat(response.statusCode()).as(page).isEqualTo(400);
            assertThat(response.body()).as(page).contains("Choose an age band");
        }
        assertThat(lead.get("/api/v1/areas/" + AREA + "/need?ageBand=99-100").status()).isEqualTo(422);
    }

    @Test
    void aNonNumericIdInAFormIsABadRequestNotAServerError() {
        long offers = count("offer");
        HttpResponse<String> offer = leadPages.post("/areas/" + AREA + "/provision/offers", "_csrf",
                leadPages.csrfToken("/areas/" + AREA + "/provision/offers/new"), "id", "not-a-number", "partner", "Bounded partner",
                "partnerType", "OTHER", "name", "Bounded", "outcomes", "FS2", "entry", "PROVISION", "status", "CURRENT");
        assertThat(offer.statusCode()).isBetween(400, 499);
        assertThat(leadPages.get("/areas/" + AREA + "/provision/offers/new?from=abc", BROWSER).statusCode()).isEqualTo(400);
        assertThat(leadPages.get("/areas/" + AREA + "/provision?locality=abc", BROWSER).statusCode()).isEqualTo(400);
        assertThat(lead.get("/api/v1/areas/" + AREA + "/provision/offers/abc").status()).isEqualTo(400);
        assertThat(count("offer")).isEqualTo(offers);
    }

    @Test
    void aSolveWhoseTimeLimitCannotFindAPlanIsRefusedBeforeItStarts() {
        for (String seconds : new String[] {"0", "-1", "100000", "\"abc\""}) {
            Api.Response response = lead.post("/api/v1/areas/" + AREA + "/link-therapists/solve", "{\"seconds\":" + seconds + "}");
            assertThat(response.status()).as(seconds + ": " + response.body()).isBetween(400, 499);
        }
    }

    @Test
    void aJsonBodyOverOneMegabyteFromAnyMemberIsRefusedWith413() {
        Api practitioner = Api.at(port).as("practitioner", "demo");
        Api.Response response = practitioner.post("/api/v1/areas/stockport/provision/actions",
                "{\"title\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}");
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedWhenItIsSet() {
        Api admin = Api.at(port).as("admin", "demo");
        Api.Response response = admin.post("/api/v1/areas/" + AREA + "/people", "{\"username\":\"long-password\","
                + "\"displayName\":\"Long Password\",\"password\":\"" + "p".repeat(73) + "\",\"roles\":[\"PRACTITIONER\"]}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("password");
        assertThat(response.json().get("detail").asString()).contains("at most 72 characters");
        assertThat(people.find("long-password")).isEmpty();
    }

    @Test
    void signingInWithAPasswordLongerThanBcryptReadsIsAnOrdinaryFailure() {
        assertThat(Api.at(port).as("lead", "p".repeat(200)).get("/api/v1/areas/" + AREA + "/small-areas").status()).isEqualTo(401);
        HttpResponse<String> form = new FormSession(port).signIn("lead", "p".repeat(200));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void aNameOfThousandsOfCharactersForAPersonIsRefusedNamingTheField() {
        Api admin = Api.at(port).as("admin", "demo");
        Api.Response response = admin.post("/api/v1/areas/" + AREA + "/people", "{\"username\":\"long-name\",\"displayName\":\""
                + randomText(3000) + "\",\"password\":\"a-long-enough-passphrase\",\"roles\":[\"PRACTITIONER\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("displayName");
    }

    @Test
    void aChangeTheDatabaseRefusesIsAConflictPageOrProblemNotAServerError() {
        DataIntegrityViolationException refused = new DataIntegrityViolationException("new row violates check constraint \"partner_name_length\"");
        MockHttpServletRequest page = new MockHttpServletRequest("POST", "/areas/stockport/provision/offers");
        page.addHeader("Accept", BROWSER);
        MockHttpServletResponse pageResponse = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(pageErrors.conflict(refused, model, page, pageResponse)).isEqualTo("platform/conflict");
        assertThat(pageResponse.getStatus()).isEqualTo(409);
        assertThat(model.getAttribute("message")).asString().contains("Nothing was changed").doesNotContain("partner_name_length");

        MockHttpServletRequest api = new MockHttpServletRequest("POST", "/areas/stockport/provision/offers");
        api.addHeader("Accept", "application/json");
        Object problem = pageErrors.conflict(refused, new ExtendedModelMap(), api, new MockHttpServletResponse());
        assertThat(problem).isInstanceOfSatisfying(ResponseEntity.class, r -> assertThat(r.getStatusCode().value()).isEqualTo(409));
    }
}
