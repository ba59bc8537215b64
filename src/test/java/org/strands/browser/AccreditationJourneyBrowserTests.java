package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.accreditation.Cohorts;
import org.strands.accreditation.Enrolment;
import org.strands.accreditation.SettingStaff;
import org.strands.place.AreaPlaces;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.platform.Role;

/**
 * The "done when", end to end through the pages: a new SENCo, on their first sign-in, lands at their school,
 * rates every criterion, adds a file as evidence and sends the self-evaluation to their mentor; the mentor reviews
 * every strand and recommends accreditation; the commissioner, as the panel, accredits; the certificate downloads as a
 * tagged PDF; and the area's dashboard counts one more primary school accredited. Every page is checked with axe.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccreditationJourneyBrowserTests {

    static final String SENCO = "journey-senco";
    static final String[] STRANDS = {"family-support", "environment", "workforce", "identification", "intervention"};
    static final Pattern SHARE = Pattern.compile("\\(([0-9,]+) of ([0-9,]+) primary schools");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AreaRegistry areas;

    @Autowired
    People people;

    @Autowired
    Cohorts cohorts;

    @Autowired
    AreaPlaces places;

    @Autowired
    SettingStaff staff;

    Browser browser;
    Area stockport;
    Enrolment journey;
    String base;

    /** A primary school not yet in the scheme joins the demo cohort with the demo mentor; a new SENCo is tied to it. */
    @BeforeAll
    void open() {
        browser = new Browser();
        stockport = areas.find("stockport").orElseThrow();
        List<String> inTheScheme = db.sql("select setting_ref from accreditation_enrolment where area_id = ?").param(stockport.id())
                .query(String.class).list();
        String school = places.settings(stockport, AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> "Primary".equals(s.phase()) && !s.venue() && !inTheScheme.contains(s.ref()))
                .map(org.strands.place.Setting::ref).sorted(java.util.Comparator.reverseOrder()).findFirst().orElseThrow();
        people.ensure(SENCO, "Jo Journey", "demo", false);
        people.grant(SENCO, stockport.id(), Role.SETTING_STAFF);
        long cohort = cohorts.of(stockport).stream().filter(c -> c.name().equals("2027 schools and settings")).findFirst().orElseThrow().id();
        journey = cohorts.join(stockport, cohort, school, "mentor", "commissioner");
        staff.tie(stockport, SENCO, school, "admin");
        base = "/areas/stockport/scheme/settings/" + school;
    }

    @AfterAll
    void close() {
        db.sql("delete from accreditation_enrolment where id = ?").param(journey.id()).update();
        staff.untie(stockport, SENCO, journey.settingRef(), "admin");
        browser.close();
    }

    @Test
    void aNewSencoSelfEvaluatesTheMentorRecommendsThePanelAccreditsAndTheAreaSeesIt() {
        int[] before = primaryShare();
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), SENCO);
            assertThat(page.url()).as("a new SENCo starts at their school").endsWith(base);
            assertThat(page.locator("h1").textContent()).isEqualTo(journey.setting());
            look(page);
            for (String strand : STRANDS) {
                page.click("main a[href$='/strands/" + strand + "']");
                look(page);
                for (var radio : page.locator("main input[type=radio][value=ESTABLISHED]").all()) {
                    radio.check();
                }
                page.waitForNavigation(() -> page.click("main form button[type=submit]"));
                page.navigate(url(base));
            }
            assertThat(page.locator("main .govuk-task-list").textContent().split("6 of 6 rated", -1)).as("every strand rated").hasSize(6);
            page.click("main a[href$='/evidence']");
            page.setInputFiles("#file-file", new FilePayload("Talk policy.pdf", "application/pdf",
                    "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            page.fill("#file-title", "Our talk policy");
            page.waitForNavigation(() -> page.click("main form:has(#file-file) button[type=submit]"));
            assertThat(page.locator("main").textContent()).contains("Our talk policy");
            look(page);
            page.navigate(url(base + "/submit"));
            look(page);
            page.check("#confirm");
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator("main").textContent()).contains("With the mentor");
        }

        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "mentor");
            page.navigate(url("/areas/stockport/my-mentoring"));
            page.click("main a[href$='" + base + "/review']");
            assertThat(page.locator("main").textContent()).contains("Our talk policy");
            look(page);
            for (String strand : STRANDS) {
                page.check("#verdict-" + strand);
                page.waitForNavigation(() -> page.click("#strand-" + strand + " form button[type=submit]"));
            }
            page.click("main a[href$='" + base + "/recommend']");
            page.check("#award");
            page.fill("#reason", "Every strand is met, with evidence of practice in every class.");
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("has been recommended to the panel");
        }

        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");
            page.navigate(url(base + "/decision"));
            look(page);
            page.check("#outcome");
            page.fill("#reason", "Agreed by the area panel.");
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains(journey.setting() + " is now accredited.");
            APIResponse pdf = page.request().get(url(base + "/certificate.pdf"));
            assertThat(pdf.status()).isEqualTo(200);
            String text = new String(pdf.body(), StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("%PDF-").contains("StructTreeRoot");

            page.navigate(url(base));
            assertThat(page.locator("main").textContent()).contains("Accredited", "Agreed by the area panel.");
            page.navigate(url("/areas/stockport/scheme"));
            look(page);
            assertThat(page.locator("#settings-caption + thead + tbody, main table:has(#settings-caption)").first().textContent())
                    .contains(journey.setting());
        }
        int[] after = primaryShare();
        assertThat(after[0]).as("primary schools accredited").isEqualTo(before[0] + 1);
        assertThat(after[1]).as("primary schools in the area").isEqualTo(before[1]);
    }

    /** The dashboard's "(n of m)" primary schools holding an award in date, as a commissioner reads it. */
    private int[] primaryShare() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");
            page.navigate(url("/areas/stockport/scheme"));
            Matcher m = SHARE.matcher(page.locator("#primary-share").textContent());
            assertThat(m.find()).isTrue();
            return new int[] {Integer.parseInt(m.group(1).replace(",", "")), Integer.parseInt(m.group(2).replace(",", ""))};
        }
    }

    private static void look(Page page) {
        assertThat(page.locator("h1").count()).as(page.url()).isEqualTo(1);
        assertThat(Browser.violations(page)).as(page.url()).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
