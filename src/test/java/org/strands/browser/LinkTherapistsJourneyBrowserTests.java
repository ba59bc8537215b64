package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.support.Api;

/**
 * A service lead, as a new user would and with JavaScript off: builds a link therapist team (first forgetting a
 * base), places the team on every school and setting (watching the job's page refresh itself until it finishes),
 * chooses one by hand, and publishes the list. Each page on
 * the way is checked with axe-core in a second, scripted view.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkTherapistsJourneyBrowserTests {

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    Browser browser;

    @BeforeAll
    void open() {
        browser = new Browser();
        Api admin = Api.at(port).as("admin", "demo");
        admin.post("/api/v1/areas", "{\"slug\":\"link-journey\",\"name\":\"Stockport (links)\",\"laCodes\":[\"E08000007\"]}");
        admin.post("/api/v1/areas/link-journey/people", "{\"username\":\"lead\",\"roles\":[\"SERVICE_LEAD\"]}");
        StringBuilder team = new StringBuilder("[");
        for (int i = 0; i < 20; i++) {
            team.append(i == 0 ? "" : ",").append("{\"name\":\"Therapist ").append(i + 1)
                    .append("\",\"linkHours\":90,\"latitude\":").append(53.36 + i % 5 * 0.02).append(",\"longitude\":")
                    .append(-2.22 + i / 5 * 0.04).append(",\"baseName\":\"Clinic ").append(i + 1).append("\"}");
        }
        assertThat(Api.at(port).as("lead", "demo").put("/api/v1/areas/link-journey/link-therapists/team", team + "]").status()).isEqualTo(200);
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void aServiceLeadPlacesLinkTherapistsAndChoosesOneByHand() throws Exception {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setJavaScriptEnabled(false).setAcceptDownloads(true));
                BrowserContext checker = browser.chromium.newContext()) {
            Page page = context.newPage();
            Page axe = checker.newPage();
            Browser.signIn(page, url(""), "lead");
            Browser.signIn(axe, url(""), "lead");

            page.navigate(url("/areas/link-journey/link-therapists"));
            page.fill("#name", "Robin Example");
            page.fill("#linkHours", "60");
            page.click("main form[action$='/team'] button[type=submit]");
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Give Robin Example a base");
            assertThat(page.inputValue("#name")).isEqualTo("Robin Example");
            page.selectOption("#base", new com.microsoft.playwright.options.SelectOption().setIndex(3));
            page.click("main form[action$='/team'] button[type=submit]");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Robin Example added to the team");

            page.fill("#seconds", "2");
            page.click("main form[action$='/solve'] button[type=submit]");
            // placing runs in the background: its page says how far it has got, in words, and refreshes itself
            assertThat(page.url()).matches(".*/areas/link-journey/jobs/[0-9a-f-]{36}");
            String job = page.url().substring(page.url().indexOf("/areas/"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Placing link therapists");
            String running = page.content(); // read once: the page may refresh at any moment
            if (!running.contains("govuk-panel--confirmation")) {
                assertThat(running).containsPattern("id=\"job-status\">(Waiting to start|Running): \\d+% done\\.<")
                        .contains("<meta http-equiv=\"refresh\" content=\"2\">");
            }
            page.waitForSelector(".govuk-panel--confirmation", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(page.locator(".govuk-panel--confirmation").textContent()).contains("every school and setting has one");
            assertThat(page.locator("meta[http-equiv=refresh]").count()).isZero();
            accessible(axe, job);
            page.click("text=See the link therapists");
            assertThat(page.locator("main").textContent()).contains("126 of 126 have a link therapist");
            accessible(axe, "/areas/link-journey/link-therapists");

            page.locator("main table a.govuk-link[href*='/link-therapists/settings/']").first().click();
            String setting = page.url().substring(page.url().lastIndexOf('/') + 1);
            page.locator("input[name=therapistId]:not(:checked)").first().check();
            page.click("main form button[type=submit]");
            if (page.locator(".govuk-error-summary").count() > 0) {
                // the therapist had not the hours left: the page names them and asks to confirm
                assertThat(page.locator(".govuk-error-summary").textContent()).contains("would have", "Choose another therapist");
                page.check("#allowOverHours");
                page.click("main form button[type=submit]");
                assertThat(page.locator(".govuk-notification-banner--success").count()).isZero();
            }
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("pinned so placing again keeps it");
            assertThat(page.locator("main dl").textContent()).contains("Yes: placing again keeps it");
            accessible(axe, "/areas/link-journey/link-therapists/settings/" + setting);

            page.navigate(url("/areas/link-journey/settings/" + setting));
            assertThat(page.locator("main dl").textContent()).contains("Link therapist").contains("link hours a year");

            page.navigate(url("/areas/link-journey/link-therapists"));
            Download download = page.waitForDownload(() -> page.click("text=Download the list for schools' websites (XLSX)"));
            Path list = files.resolve("links.xlsx");
            download.saveAs(list);
            try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(list.toFile())) {
                assertThat(workbook.getFirstSheet().read()).hasSize(127);
            }
        }
    }

    private void accessible(Page axe, String path) {
        axe.navigate(url(path));
        Browser.screenshot(axe, path.replaceAll("[^a-z0-9]+", "-"));
        assertThat(Browser.violations(axe)).as(path).isEmpty();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
