package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in and the area pages work with the keyboard alone, and every form works without JavaScript. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeyboardAndNoScriptBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void open() {
        browser = new Browser();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void signInAndTheAreaPagesWorkWithTheKeyboardAlone() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/sign-in"));
            Browser.tabTo(page, "#username");
            page.keyboard().type("lead");
            page.keyboard().press("Tab");
            page.keyboard().type("demo");
            page.keyboard().press("Enter");
            page.waitForURL(url("/"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Your areas");

            Browser.tabTo(page, "main a[href='/areas/stockport']");
            page.keyboard().press("Enter");
            page.waitForURL(url("/areas/stockport"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Stockport");

            Browser.tabTo(page, "nav a[href='/areas/stockport/small-areas']");
            page.keyboard().press("Enter");
            page.waitForURL(url("/areas/stockport/small-areas"));
            Browser.tabTo(page, "#decile");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("ArrowDown");
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL("**/small-areas?**decile=2**");
            assertThat(page.locator("caption").textContent()).contains("small areas");

            Browser.tabTo(page, "nav a[href='/areas/stockport/settings']");
            page.keyboard().press("Enter");
            page.waitForURL(url("/areas/stockport/settings"));
            Browser.tabTo(page, "main table a[href^='/areas/stockport/settings/']");
            page.keyboard().press("Enter");
            page.waitForURL("**/areas/stockport/settings/*");
            assertThat(page.locator("dt", new Page.LocatorOptions().setHasText("Phase")).count()).isEqualTo(1);
        }
    }

    @Test
    void formsWorkWithoutJavaScript() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "admin");

            page.navigate(url("/areas/stockport/settings"));
            page.selectOption("#phase", "Secondary");
            page.click("main form button[type=submit]");
            assertThat(page.locator("caption").textContent()).isEqualTo("14 schools and settings");

            // venues go into an area of their own, so that the demo area other tests count stays as seeded
            org.strands.support.Api.at(port).as("admin", "demo").post("/api/v1/areas",
                    "{\"slug\":\"browser-venues\",\"name\":\"Stockport (browser)\",\"laCodes\":[\"E08000007\"]}");
            page.navigate(url("/areas/browser-venues/venues/new"));
            page.fill("#latitude", "north");
            page.fill("#name", "Browser Test Library");
            page.click("main form[action$='/venues'] button[type=submit]");
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("\"north\" is not a number.");
            assertThat(page.locator("#latitude-error").textContent()).contains("\"north\" is not a number.");
            assertThat(page.inputValue("#latitude")).isEqualTo("north");
            assertThat(page.inputValue("#name")).isEqualTo("Browser Test Library");
            page.fill("#latitude", "");
            page.selectOption("#kind", "LIBRARY");
            page.fill("#postcode", "SK1 3XE");
            page.click("main form[action$='/venues'] button[type=submit]");
            assertThat(page.locator("h1").textContent()).isEqualTo("Browser Test Library");

            page.navigate(url("/admin/reference-data"));
            page.selectOption("#dataset", "ltla-utla");
            page.setInputFiles("#file", Path.of("src/main/resources/demo/reference/ltla-utla.csv"));
            page.click("main form button[type=submit]");
            // the file is saved and loaded in the background; its page refreshes itself until the load has finished
            assertThat(page.url()).matches(".*/admin/jobs/[0-9a-f-]{36}");
            page.waitForSelector(".govuk-panel--confirmation", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(page.locator(".govuk-panel--confirmation").textContent()).contains("Loaded 318 rows of ltla-utla");
        }
    }

    @Test
    void referenceDataUploadShowsItsProgressWithJavaScript() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            java.util.List<String> console = new java.util.ArrayList<>();
            page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
            page.onPageError(e -> console.add("error: " + e));
            Browser.signIn(page, url(""), "admin");
            page.navigate(url("/admin/reference-data"));

            page.selectOption("#dataset", "ltla-utla");
            page.setInputFiles("#file", Path.of("src/main/resources/demo/reference/ltla-utla.csv"));
            page.click("main form button[type=submit]");
            // once uploaded, the script opens the load's own page, which shows it to the end
            page.waitForURL(java.util.regex.Pattern.compile(".*/admin/jobs/[0-9a-f-]{36}"));
            page.waitForSelector(".govuk-panel--confirmation", new Page.WaitForSelectorOptions().setTimeout(60_000));
            assertThat(page.locator(".govuk-panel--confirmation").textContent()).contains("Loaded 318 rows of ltla-utla");
            assertThat(page.locator("main a[href='/admin/reference-data']").textContent()).isEqualTo("See the national reference data");
            assertThat(console).as("browser console").isEmpty();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
