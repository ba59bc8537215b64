package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A family, as a new user with the keyboard alone on a 320 px screen, finds a drop-in for a three-year-old who is not
 * talking yet near a Stockport postcode, and opens it to see the next sessions; a postcode we do not know is said so
 * beside its field. Every page is checked with axe, at 320 px, and looked at at 1280 px too.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryBrowserTests {

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
    void aFamilyFindsADropInForAThreeYearOldWhoIsNotTalkingYetNearTheirPostcodeWithTheKeyboard() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url("/public/stockport/support"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Find support for your child’s talking and understanding");
            check(page, "directory-find-320");

            // a group of radios is one stop for the Tab key; the arrow keys choose within it
            Browser.tabTo(page, "#worry");
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#worry-2").isChecked()).isTrue();
            assertThat(page.locator("label[for=worry-2]").textContent()).contains("Not talking yet");
            Browser.tabTo(page, "#age");
            page.keyboard().type("3");
            Browser.tabTo(page, "#postcode");
            page.keyboard().type("SK1 3XE");
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.url()).contains("worry=NOT_TALKING").contains("age=3");
            assertThat(page.locator("main").textContent()).contains("Nearest first.", "Drop in, no referral needed", "km away");
            check(page, "directory-results-320");

            String dropIns = page.locator("main .app-directory-entry a:has-text('Easy-access drop-ins')").getAttribute("href").replaceFirst("\\?.*", "");
            Browser.tabTo(page, "main a[href^='" + dropIns + "']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Easy-access drop-ins");
            assertThat(page.locator("main").textContent()).contains("You do not need a referral", "Next drop-in sessions", "Free");
            assertThat(page.locator("main a[href*='/public/stockport/sessions/']").count()).isPositive();
            check(page, "directory-entry-320");
        }
        try (BrowserContext wide = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = wide.newPage();
            page.navigate(url("/public/stockport/support?worry=NOT_TALKING&age=3&postcode=SK1+3XE"));
            Browser.screenshot(page, "directory-results-1280");
            page.click("main .app-directory-entry a:has-text('Easy-access drop-ins')");
            Browser.screenshot(page, "directory-entry-1280");
            assertThat(Browser.violations(page)).isEmpty();
        }
    }

    @Test
    void aPostcodeWeDoNotKnowAndAnAgeThatIsNotOneAreSaidBesideTheirFieldsAndTheSearchStillAnswers() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url("/public/stockport/support?postcode=ZZ9+9ZZ&age=three&q=%22%3Cscript%3E"));
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("could not find that postcode", "whole years");
            assertThat(page.locator("#postcode-error").textContent()).contains("could not find that postcode");
            assertThat(page.locator("#age-error").textContent()).contains("whole years");
            assertThat(page.locator("#postcode").inputValue()).isEqualTo("ZZ9 9ZZ");
            assertThat(page.locator("#results").textContent()).isNotBlank();
            check(page, "directory-errors-320");
        }
    }

    @Test
    void aServiceLeadWritesAnInformationEntryErrorsBesideTheirFieldsAndFamiliesFindIt() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/stockport"));
            page.click(".govuk-service-navigation a:has-text('Directory')");
            page.waitForURL("**/areas/stockport/directory");
            assertThat(page.locator("main").textContent()).contains("Easy-access drop-ins", "Provision offer", "Written by the area");
            assertThat(Browser.violations(page)).isEmpty();
            Browser.screenshot(page, "directory-curate-1280");

            page.click("main a:has-text('Write an entry')");
            page.fill("#url", "not a web address");
            page.fill("#ageFrom", "9");
            page.fill("#ageTo", "4");
            page.fill("#postcode", "ZZ9 9ZZ");
            page.click("main form button:has-text('Save entry')");
            assertThat(page.locator("#name-error").textContent()).contains("Enter the name");
            assertThat(page.locator("#url-error").textContent()).contains("full web address");
            assertThat(page.locator("#ageTo-error").textContent()).contains("oldest age");
            assertThat(page.locator("#postcode-error").textContent()).contains("could not find that postcode");
            assertThat(page.locator("#url").inputValue()).isEqualTo("not a web address");
            assertThat(Browser.violations(page)).isEmpty();
            Browser.screenshot(page, "directory-entry-form-errors-1280");

            page.fill("#name", "Signing with your baby");
            page.fill("#summary", "Simple signs to use with your baby before they can talk, to help them tell you what they want.");
            page.fill("#url", "https://www.example.org/signing");
            page.fill("#ageFrom", "0");
            page.fill("#ageTo", "2");
            page.fill("#postcode", "");
            page.check("label:has-text('Not talking yet, or only a few words')");
            page.click("main form button:has-text('Save entry')");
            page.waitForURL("**/areas/stockport/directory");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Signing with your baby");
        }
        try (BrowserContext family = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = family.newPage();
            page.navigate(url("/public/stockport/support?worry=NOT_TALKING&age=1"));
            assertThat(page.locator("main").textContent()).contains("Signing with your baby");
            page.navigate(url("/public/stockport/support?q=signign"));
            assertThat(page.locator("main").textContent()).as("a misspelt word put right").contains("Signing with your baby");
        }
    }

    @Test
    void theCuratorsPagesFitASmallScreen() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/stockport/directory"));
            check(page, "directory-curate-320");
            page.click("main table a >> nth=0");
            check(page, "directory-entry-form-320");
        }
    }

    @Test
    void aServiceLeadWritesFamiliesWordsOverAnOffersOwnAndAnswersTheLocalOfferQuestions() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/stockport/directory"));
            page.click("main table a:has-text('Easy-access drop-ins')");
            assertThat(page.locator("main").textContent()).contains("In families’ words", "The offer says:", "Kept up to date by Strands",
                    "Special educational needs and disabilities (SEND)", "Which needs does it help with, and how?");
            check(page, "directory-entry-form-offer-320");
            // the box takes no more than 2,000 characters; sent with more all the same (pasted by a script), the server says so
            page.evaluate("document.querySelector('#staff').removeAttribute('maxlength')");
            page.fill("#staff", "x".repeat(2001));
            page.waitForNavigation(() -> page.click("main form button:has-text('Save entry')"));
            assertThat(page.locator("#staff-error").textContent()).contains("2,000 characters or fewer");
            assertThat(page.locator("#staff").inputValue()).as("what was typed is kept").hasSize(2001);
            check(page, "directory-entry-form-offer-errors-320");

            page.fill("#staff", "Speech and language therapists, with training in working with deaf children.");
            Browser.tabTo(page, "#movingOn");
            page.keyboard().type("We meet the new school’s SENCo before a child moves.");
            page.click("main form button:has-text('Save entry')");
            page.waitForURL("**/areas/stockport/directory");
        }
        try (BrowserContext family = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = family.newPage();
            page.navigate(url("/public/stockport/support?worry=NOT_TALKING"));
            page.click("main .app-directory-entry a:has-text('Easy-access drop-ins')");
            String main = page.locator("main").textContent();
            assertThat(main).contains("you do not need a referral from anyone", "Special educational needs and disabilities (SEND)",
                    "What training and experience do the staff have?", "working with deaf children", "new school’s SENCo")
                    .doesNotContain("Kept up to date by Strands");
            check(page, "directory-entry-send-320");
        }
        try (BrowserContext wide = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = wide.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/stockport/directory"));
            page.click("main table a:has-text('Easy-access drop-ins')");
            Browser.screenshot(page, "directory-entry-form-offer-1280");
            page.navigate(url("/public/stockport/support?worry=NOT_TALKING"));
            page.click("main .app-directory-entry a:has-text('Easy-access drop-ins')");
            Browser.screenshot(page, "directory-entry-send-1280");
        }
    }

    private static void check(Page page, String name) {
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(Browser.violations(page)).isEmpty();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(320);
        Browser.screenshot(page, name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
