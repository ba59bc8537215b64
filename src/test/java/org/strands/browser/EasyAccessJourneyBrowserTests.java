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
import org.strands.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Easy access as its people use it: a family finds a drop-in near their postcode and books it with the keyboard alone
 * on a 320 px screen (and, without JavaScript, sees a mistake beside its field), a practitioner records the contact from
 * the session's register, and a service lead schedules a weekly session. Pages are checked with axe and pictured at 320 and
 * 1280 px.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EasyAccessJourneyBrowserTests {

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
    void aFamilyFindsADropInNearTheirPostcodeAndBooksItWithTheKeyboardAt320Pixels() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url("/public/stockport"));
            check(page, "public-sessions");
            Browser.tabTo(page, "#postcode");
            page.keyboard().type("SK1 3XE");
            page.keyboard().press("Enter");
            page.waitForURL("**/public/stockport?postcode=**");
            assertThat(page.locator("main").textContent()).contains("km away");
            check(page, "public-sessions-nearest");
            Browser.tabTo(page, "main .app-session-list a");
            page.keyboard().press("Enter");
            page.waitForURL("**/public/stockport/sessions/*");
            check(page, "public-session");
            Browser.tabTo(page, "#name");
            page.keyboard().type("Robin Example");
            Browser.tabTo(page, "#email");
            page.keyboard().type("robin@example.org");
            Browser.tabTo(page, "#childAgeYears");
            page.keyboard().type("2");
            Browser.tabTo(page, "#concern");
            page.keyboard().type("She points but does not say words yet");
            Browser.tabTo(page, "#followUpOptIn");
            page.keyboard().press("Space");
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL("**/public/stockport/booked");
            assertThat(page.locator("h1").textContent()).contains("Your place is booked");
            check(page, "public-booked");
        }
    }

    @Test
    void aMistakeInTheBookingFormIsShownBesideTheFieldAndNothingTypedIsLost() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/public/stockport/sessions/" + firstSession().get("id").asString()));
            page.fill("#name", "Kim Example");
            page.fill("#email", "not an address");
            page.fill("#childAgeYears", "three");
            page.click("main form button[type=submit]");
            assertThat(page.locator("#email-error").textContent()).contains("email address");
            assertThat(page.locator("#childAgeYears-error").textContent()).isNotBlank();
            assertThat(page.locator("#name").inputValue()).isEqualTo("Kim Example");
            assertThat(page.title()).startsWith("Error: ");
            check(page, "public-session-errors");
        }
    }

    @Test
    void aPractitionerRecordsTheContactFromTheRegister() {
        JsonNode session = firstSession();
        Api.at(port).post("/api/v1/public/areas/stockport/sessions/" + session.get("id").asString() + "/bookings", """
                {"name":"Alex Register","email":"alex@example.org","childAgeYears":4,"concern":"Stammers when excited"}""");
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "practitioner");
            page.navigate(url("/areas/stockport/sessions"));
            check(page, "sessions");
            page.navigate(url("/areas/stockport/sessions/" + session.get("id").asString()));
            check(page, "session-register");
            page.click("a:has-text('Record contact with Alex Register')");
            check(page, "contact-form");
            page.check("input[name=concerns][value=STAMMERING]");
            page.fill("#advice", "Slow down your own talking; give time");
            page.check("input[name=outcomes][value=FURTHER_ENQUIRY]");
            page.click("main form button[type=submit]");
            page.waitForURL("**/areas/stockport/sessions/*");
            assertThat(page.locator("main").textContent()).contains("The contact is recorded", "Contact recorded");
            page.navigate(url("/areas/stockport/my-work"));
            check(page, "my-work");
        }
    }

    @Test
    void aServiceLeadSchedulesAWeeklySession() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/stockport/sessions/new"));
            check(page, "session-form");
            page.fill("#title", "Saturday chatter");
            page.selectOption("#settingRef", page.locator("#settingRef option").nth(1).getAttribute("value"));
            java.time.LocalDate day = java.time.LocalDate.now().plusDays(10);
            page.fill("#date-day", String.valueOf(day.getDayOfMonth()));
            page.fill("#date-month", String.valueOf(day.getMonthValue()));
            page.fill("#date-year", String.valueOf(day.getYear()));
            page.fill("#weeks", "4");
            page.click("main form button[type=submit]");
            page.waitForURL("**/areas/stockport/sessions/*");
            assertThat(page.locator("main").textContent()).contains("4 weekly sessions are scheduled");
            check(page, "session-scheduled");
            page.click("a:has-text('Cancel the session')");
            check(page, "session-cancel");
        }
    }

    private JsonNode firstSession() {
        JsonNode sessions = Api.at(port).get("/api/v1/public/areas/stockport/sessions").json();
        for (JsonNode s : sessions) {
            if (s.get("remaining").asInt() > 1) {
                return s;
            }
        }
        throw new AssertionError("The demo has no session with places left");
    }

    /**
     * No axe violation (axe runs in the page, so only where JavaScript is on; every page is also checked by
     * {@link PagesAreAccessibleBrowserTests}), no sideways scrolling at the current width, and pictures at 320 and 1280 px.
     */
    private static void check(Page page, String name) {
        boolean script = javaScriptOn(page);
        int width = page.viewportSize() == null ? 1280 : page.viewportSize().width;
        if (script) {
            assertThat(Browser.violations(page)).as(name).isEmpty();
            assertThat(scrollWidth(page)).as(name + " fits " + width + " px").isLessThanOrEqualTo(width);
        }
        page.setViewportSize(320, 800);
        Browser.screenshot(page, "access-" + name + "-320");
        if (script) {
            assertThat(scrollWidth(page)).as(name + " at 320 px").isLessThanOrEqualTo(320);
        }
        page.setViewportSize(1280, 900);
        Browser.screenshot(page, "access-" + name + "-1280");
        page.setViewportSize(width, 800);
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    private static boolean javaScriptOn(Page page) {
        return page.locator("html.govuk-frontend-supported, body.govuk-frontend-supported").count() > 0;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
