package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A family tells the area what they think of an entry with the keyboard alone on a 320 px screen (a mistake said beside
 * its field first); a service lead answers it and publishes what the area changed; families read it on "you said, we
 * did". Every new page is checked with axe, at 320 px and at 1280 px, and kept as a picture to look at.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryFeedbackBrowserTests {

    static final String SAID = "The page does not say if I can bring my baby as well as my toddler.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

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
    void aFamilysFeedbackIsAnsweredAndWhatTheAreaChangedIsPublished() {
        String entry = db.sql("select e.id::text from directory_entry e join area a on a.id = e.area_id where a.slug = 'stockport' "
                + "and e.status = 'PUBLISHED' and e.name = 'Talking with your baby and toddler: ideas for every day'").query(String.class).single();

        try (BrowserContext family = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = family.newPage();
            page.navigate(url("/public/stockport/support/" + entry));
            assertThat(page.locator("main #feedback-heading").textContent()).isEqualTo("Tell us what you think of this");
            Browser.tabTo(page, "main a[href$='/support/" + entry + "/feedback']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Tell us what you think of this");
            assertThat(page.locator("main .govuk-warning-text").textContent()).contains("Do not write your child’s name");
            assertThat(page.locator("main input[type=email], main input[type=tel]").count()).as("no email or phone asked").isZero();
            check(page, "directory-feedback-form-320");

            // sent with nothing chosen: said beside the field
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("#helpful-error").textContent()).contains("Choose whether this was helpful.");
            check(page, "directory-feedback-errors-320");

            Browser.tabTo(page, "#helpful");
            page.keyboard().press("Space");
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("#helpful-2").isChecked()).as("Partly").isTrue();
            Browser.tabTo(page, "#said");
            page.keyboard().type(SAID);
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.url()).endsWith("/feedback/sent");
            assertThat(page.locator("h1").textContent()).isEqualTo("Thank you for your feedback");
            check(page, "directory-feedback-sent-320");
        }

        try (BrowserContext curator = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = curator.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/stockport/directory"));
            page.click("main a:has-text('Families’ feedback')");
            page.waitForURL("**/areas/stockport/directory/feedback");
            assertThat(page.locator("main tbody tr").first().textContent()).as("those not answered first, newest first")
                    .contains(SAID, "Not answered", "Partly");
            look(page, "directory-feedback-list-1280");

            page.click("main tbody tr >> nth=0 >> a");
            assertThat(page.locator("h1").textContent()).isEqualTo("Feedback on Talking with your baby and toddler: ideas for every day");
            assertThat(page.locator("main").textContent()).contains(SAID);
            look(page, "directory-feedback-answer-1280");

            page.fill("#answer", "The page now says that brothers and sisters are welcome too.");
            page.check("#publish");
            page.click("main form button:has-text('Save answer')");
            assertThat(page.locator("#publicSaid-error").textContent()).contains("Enter what families said");
            assertThat(page.locator("#answer").inputValue()).isEqualTo("The page now says that brothers and sisters are welcome too.");
            look(page, "directory-feedback-answer-errors-1280");

            page.fill("#publicSaid", "Families asked whether they could bring a baby brother or sister.");
            page.click("main form button:has-text('Save answer')");
            page.waitForURL("**/areas/stockport/directory/feedback");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("saved and published");
        }

        try (BrowserContext family = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = family.newPage();
            page.navigate(url("/public/stockport/support"));
            Browser.tabTo(page, "main a[href$='/support/you-said-we-did']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo("You said, we did");
            assertThat(page.locator("main .app-you-said").first().textContent()).as("newest first")
                    .contains("Families asked whether they could bring a baby brother or sister.",
                            "The page now says that brothers and sisters are welcome too.", "About Talking with your baby");
            assertThat(page.locator("main").textContent()).as("the family's own words are not published").doesNotContain(SAID);
            check(page, "directory-you-said-we-did-320");
        }
    }

    @Test
    void theNewPagesFitASmallScreenAndAWideOne() {
        String entry = db.sql("select e.id::text from directory_entry e join area a on a.id = e.area_id where a.slug = 'stockport' "
                + "and e.status = 'PUBLISHED' order by e.name limit 1").query(String.class).single();
        String feedback = db.sql("select f.id::text from directory_feedback f join area a on a.id = f.area_id where a.slug = 'stockport' "
                + "order by f.created_at limit 1").query(String.class).single();
        try (BrowserContext wide = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = wide.newPage();
            page.navigate(url("/public/stockport/support/" + entry + "/feedback"));
            look(page, "directory-feedback-form-1280");
            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-error-summary").count()).isEqualTo(1);
            look(page, "directory-feedback-errors-1280");
            page.navigate(url("/public/stockport/support/" + entry + "/feedback/sent"));
            look(page, "directory-feedback-sent-1280");
            page.navigate(url("/public/stockport/support/you-said-we-did"));
            look(page, "directory-you-said-we-did-1280");
            page.navigate(url("/public/stockport/support/" + entry));
            look(page, "directory-entry-with-feedback-1280");
        }
        try (BrowserContext narrow = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = narrow.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/stockport/directory/feedback"));
            check(page, "directory-feedback-list-320");
            page.navigate(url("/areas/stockport/directory/feedback/" + feedback));
            check(page, "directory-feedback-answer-320");
            page.fill("#answer", "");
            page.click("main form button:has-text('Save answer')");
            assertThat(page.locator(".govuk-error-summary").count()).isEqualTo(1);
            check(page, "directory-feedback-answer-errors-320");
        }
    }

    private static void look(Page page, String name) {
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(Browser.violations(page)).isEmpty();
        Browser.screenshot(page, name);
    }

    private static void check(Page page, String name) {
        look(page, name);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(320);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
