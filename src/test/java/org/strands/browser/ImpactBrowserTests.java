package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;

/**
 * A commissioner, as a new user would: reads the area's impact by level and by strand, reads the one-page summary,
 * downloads the PDF, and chooses a measure for an outcome and removes it. Every page on the way is checked with axe-core,
 * and the report at 320 CSS px.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @TempDir
    Path files;

    Browser browser;

    @BeforeAll
    void open() {
        browser = new Browser();
        Api admin = Api.at(port).as("admin", "demo");
        admin.post("/api/v1/areas", "{\"slug\":\"impact-browser\",\"name\":\"Impact Browser\",\"laCodes\":[\"E08000007\"]}");
        admin.post("/api/v1/areas/impact-browser/people", "{\"username\":\"commissioner\",\"roles\":[\"COMMISSIONER\"]}");
        long area = db.sql("select id from area where slug = 'impact-browser'").query(Long.class).single();
        // twelve discharged from IN3 to improve, eight open in FS2 to sustain, three open in EE1 to manage decline
        journeys(area, 12, "{IN3}", "{IMPROVE}", true);
        journeys(area, 8, "{FS2}", "{SUSTAIN}", false);
        journeys(area, 3, "{EE1}", "{MANAGE_DECLINE}", false);
    }

    private void journeys(long area, int n, String codes, String directions, boolean discharged) {
        db.sql("""
                with c as (
                  insert into journey_child (area_id, ref, born_month, created_by)
                  select cast(? as bigint), 'IB-' || cast(? as text) || '-' || g, date '2020-01-01', 'test' from generate_series(1, ?) g returning id, area_id),
                j as (
                  insert into journey_journey (area_id, child_id, started_on, source, lead, discharged_on, discharge_reason, created_by)
                  select area_id, id, current_date - 100, 'BY_HAND', 'practitioner', case when ? then current_date - 10 end,
                         case when ? then 'GOALS_MET' end, 'test' from c returning id, area_id, child_id, started_on, discharged_on)
                insert into journey_summary (journey_id, area_id, child_id, started_on, discharged_on, locality, from_contact, outcome_codes,
                  directions, hours, sessions, cost, goals, goals_scored, goals_met, discharge_t, activity_first, activity_latest)
                select id, area_id, child_id, started_on, discharged_on, 'Marple', false, cast(? as text[]), cast(? as text[]), 6, 3, 90,
                       2, 2, case when id % 4 = 0 then 1 else 2 end, case when discharged_on is not null then 45 + id % 10 end, 1.5, 2.5 from j""")
                .params(area, codes, n, discharged, discharged, codes, directions).update();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void aCommissionerReadsImpactByLevelAndStrandAndDownloadsThePdf() throws Exception {
        try (BrowserContext context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");

            page.navigate(url("/areas/impact-browser/impact"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Impact");
            assertThat(page.locator("#reach-caption").textContent()).isEqualTo("Reach by level, all directions of care");
            String reach = page.locator("#reach-caption + thead + tbody").textContent();
            assertThat(reach).contains("Universal", "fewer than 5", "Specialist", "12");
            assertThat(page.locator("svg.strands-chart").count()).isEqualTo(3);
            assertThat(page.locator("main").textContent()).contains("50 means the goals were met as expected");
            accessible(page);

            page.selectOption("#groupBy", "strand");
            page.click("main form button[type=submit]");
            page.waitForURL("**groupBy=strand**");
            assertThat(page.locator("#impact-caption").textContent()).isEqualTo("Impact by strand, all directions of care");
            assertThat(page.locator("#impact-caption + thead + tbody").textContent()).contains("Effective intervention", "Family support");
            accessible(page);

            page.selectOption("#direction", "IMPROVE");
            page.click("main form button[type=submit]");
            assertThat(page.locator("#reach-caption").textContent()).isEqualTo("Reach by strand, improve");
            accessible(page);

            Download report = page.waitForDownload(() -> page.click("text=Download the report (PDF)"));
            Path pdf = files.resolve("impact.pdf");
            report.saveAs(pdf);
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            page.click("text=Read the one-page summary");
            assertThat(page.locator("h1").textContent()).isEqualTo("Impact summary");
            assertThat(page.locator("main").textContent()).contains("Of 12 children discharged between");
            accessible(page);
            Download summary = page.waitForDownload(() -> page.click("text=Download the one-page summary (PDF)"));
            Path summaryPdf = files.resolve("summary.pdf");
            summary.saveAs(summaryPdf);
            assertThat(Files.size(summaryPdf)).isPositive();
        }
    }

    @Test
    void aCommissionerChoosesAMeasureAndRemovesItAfterConfirming() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");
            page.navigate(url("/areas/impact-browser/impact/measures"));
            assertThat(page.locator("#cell-IN3").textContent()).isEqualTo("IN3: Effective intervention, specialist");
            accessible(page);

            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Choose the outcome the measure is for", "Enter the measure");
            accessible(page);

            page.selectOption("#outcome", "IN2");
            page.fill("#measure", "Children meeting their goals after a targeted block");
            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("The measure was added");
            assertThat(page.locator("main").textContent()).contains("Children meeting their goals after a targeted block");
            accessible(page);

            page.click("main a:has-text('Remove')");
            assertThat(page.locator("h1").textContent()).contains("Remove the measure");
            accessible(page);
            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("The measure was removed");
            assertThat(page.locator("main").textContent()).doesNotContain("Children meeting their goals after a targeted block");
        }
    }

    @Test
    void theReportFitsA320PixelScreen() {
        try (BrowserContext context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");
            for (String path : new String[] {"/areas/impact-browser/impact?groupBy=level", "/areas/impact-browser/impact/summary",
                "/areas/impact-browser/impact/measures"}) {
                page.navigate(url(path));
                Object wide = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
                assertThat(wide).as(path + " fits 320 px").isEqualTo(true);
                accessible(page);
            }
        }
    }

    private static void accessible(Page page) {
        assertThat(Browser.violations(page)).as(page.url()).isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
