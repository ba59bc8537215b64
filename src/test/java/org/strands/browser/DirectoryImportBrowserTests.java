package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.TestAreas;

/**
 * A curator brings the UK profile's example file into the area's directory with the keyboard alone, and reads the
 * report; a file that is not Open Referral UK JSON is refused beside its field. The form, its error and the report are
 * checked with axe, at 1280 px and at 320 px.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryImportBrowserTests {

    static final String AREA = "import-browser";
    static final Path EXAMPLE = Path.of("src/test/resources/oruk-examples/service_full.json").toAbsolutePath();

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    Browser browser;

    @BeforeAll
    void open() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead");
        browser = new Browser();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void aCuratorUploadsTheExampleFileWithTheKeyboardAndSeesTheReport() throws Exception {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/" + AREA + "/directory"));
            Browser.tabTo(page, "main a[href$='/directory/import']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Bring an existing directory in");
            check(page, "directory-import-1280", 1280);

            // sent with nothing: the error beside the file field
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("#file-error").textContent()).contains("Choose an Open Referral UK file, or give the address of a feed.");
            check(page, "directory-import-error-1280", 1280);

            Browser.tabTo(page, "#file");
            FileChooser chooser = page.waitForFileChooser(() -> page.keyboard().press("Space"));
            chooser.setFiles(EXAMPLE);
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Directory brought in");
            assertThat(page.locator("main").textContent()).contains("Community Counselling", "Added", "schedules", "maximum_age 100 is above 25");
            check(page, "directory-import-report-1280", 1280);
        }
        try (BrowserContext narrow = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = narrow.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/" + AREA + "/directory/import"));
            check(page, "directory-import-320", 320);

            Path picture = Files.createTempFile("not-a-feed", ".png");
            Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', (byte) 0xff});
            page.setInputFiles("#file", picture);
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator("#file-error").textContent()).contains("This file is not Open Referral UK JSON: it is not text in UTF-8");
            check(page, "directory-import-error-320", 320);
            Files.delete(picture);

            // a service that cannot be stored: nothing stored, and the service named with its field
            Path tooLong = Files.createTempFile("too-long", ".json");
            Files.writeString(tooLong, "[{\"id\":\"ok\",\"name\":\"Fine\"},{\"id\":\"long\",\"name\":\"" + "N".repeat(300) + "\"}]");
            page.setInputFiles("#file", tooLong);
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator("main table").textContent()).contains("Service 2 in the file", "name", "300 characters");
            check(page, "directory-import-problems-320", 320);
            Files.delete(tooLong);

            page.setInputFiles("#file", EXAMPLE);
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator("main").textContent()).contains("Community Counselling", "Updated");
            check(page, "directory-import-report-320", 320);
        }
    }

    private static void check(Page page, String name, int width) {
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(Browser.violations(page)).isEmpty();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(width);
        Browser.screenshot(page, name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
