package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;

/**
 * A child's journey as a practitioner records it, new to Strands: from a first contact by phone to discharge, with the
 * keyboard, every page checked with axe and at 320 px; and, without JavaScript, a discharge without a reason refused
 * beside its field.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Browser browser;
    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    void open() {
        browser = new Browser();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void aPractitionerRecordsAJourneyFromAFirstContactToDischargeWithTheKeyboard() throws InterruptedException {
        Api.Response contact = Api.at(port).as("practitioner", "demo").post("/api/v1/areas/stockport/contacts", "{\"route\":\"ADVICE_LINE\","
                + "\"contactOn\":\"" + today + "\",\"childAgeYears\":3,\"concerns\":[],\"outcomes\":[\"FURTHER_ENQUIRY\"],\"offerIds\":[]}");
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        String contactId = contact.json().get("id").asString();
        for (int i = 0; i < 100 && db.sql("select count(*) from journey_contact where contact_id = ?").param(Long.parseLong(contactId))
                .query(Long.class).single() == 0; i++) {
            Thread.sleep(100);
        }
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "practitioner");
            page.navigate(url("/areas/stockport/children"));
            check(page, "children");
            Browser.tabTo(page, "main a.govuk-button");
            page.keyboard().press("Enter");
            page.waitForURL("**/children/new");
            check(page, "child-form");
            Browser.tabTo(page, "#bornMonth");
            page.keyboard().type("3");
            Browser.tabTo(page, "#bornYear");
            page.keyboard().type(String.valueOf(today.getYear() - 3));
            Browser.tabTo(page, "#nhsNumber");
            page.keyboard().type("943 476 5919");
            Browser.tabTo(page, "#languages");
            page.keyboard().type("Polish, English");
            Browser.tabTo(page, "#contact1Name");
            page.keyboard().type("Ola Example");
            Browser.tabTo(page, "#contact1Mobile");
            page.keyboard().type("07700 900123");
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL(u -> u.matches(".*/children/\\d+$"));
            assertThat(page.locator("main").textContent()).contains("Child recorded", "Ola Example", "Polish, English");
            check(page, "child-new");

            follow(page, "/consents/new", "consent-form");
            Browser.tabTo(page, "#purpose");
            page.keyboard().press("Space");
            Browser.tabTo(page, "#given");
            page.keyboard().press("Space");
            Browser.tabTo(page, "#channel");
            page.keyboard().press("Space");
            submit(page, "Consent recorded");
            assertThat(page.locator("#consents-caption").textContent()).isNotBlank();

            Browser.tabTo(page, "main a[href$='/journeys/new']");
            page.keyboard().press("Enter");
            page.waitForURL("**/journeys/new");
            check(page, "journey-start");
            Browser.tabTo(page, "#source");
            page.keyboard().press("Space");
            page.check("input[name=contactId][value='" + contactId + "']");
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL(u -> u.matches(".*/children/\\d+$"));
            assertThat(page.locator("main").textContent()).contains("Journey started", "From a contact");

            follow(page, "/plan-items/new", "plan-item-form");
            page.selectOption("#outcomeCode", "IN2");
            Browser.tabTo(page, "#title");
            page.keyboard().type("Small group for attention and listening");
            Browser.tabTo(page, "#deliveredBy");
            page.keyboard().press("Space");
            Browser.tabTo(page, "#direction");
            page.keyboard().press("Space");
            Browser.tabTo(page, "#hours");
            page.keyboard().type("6");
            submit(page, "Added to the plan");

            follow(page, "/goals/new", "goal-form");
            Browser.tabTo(page, "#goal");
            page.keyboard().type("Asks a friend to play using a short sentence");
            Browser.tabTo(page, "#domain");
            page.keyboard().press("Space");
            String[][] levels = {{"#muchMore", "Starts games and explains the rules"}, {"#more", "Asks several friends"},
                {"#expected", "Asks one friend with a short sentence"}, {"#less", "Asks with one word"}, {"#muchLess", "Waits to be asked"}};
            for (String[] level : levels) {
                Browser.tabTo(page, level[0]);
                page.keyboard().type(level[1]);
            }
            submit(page, "Goal set");

            follow(page, "/ratings/new", "ratings-form");
            page.selectOption("#impairment", "2");
            page.selectOption("#participation", "1.5");
            submit(page, "Ratings saved");

            follow(page, "/reviews/new", "review-form");
            page.check("input[name^='score-'][value='1']");
            submit(page, "Review saved");
            assertThat(page.locator("main").textContent()).contains("More than expected (+1)", "60.00");

            follow(page, "/ratings/new", "ratings-form-again");
            page.selectOption("#impairment", "3");
            page.selectOption("#participation", "1.5");
            submit(page, "Ratings saved");
            assertThat(page.locator("main").textContent()).contains("Better by 1", "No marked change");

            follow(page, "/discharge", "discharge");
            Browser.tabTo(page, "#reason");
            page.keyboard().press("Space");
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL(u -> u.matches(".*/children/\\d+$"));
            assertThat(page.locator("main").textContent()).contains("Child discharged", "Goals met");
            check(page, "child-discharged");
        }
    }

    @Test
    void aDischargeWithoutAReasonIsRefusedBesideTheFieldWithoutJavaScript() {
        Api practitioner = Api.at(port).as("practitioner", "demo");
        long child = practitioner.post("/api/v1/areas/stockport/children", "{\"bornMonth\":\"" + today.minusYears(5).toString().substring(0, 7)
                + "\"}").json().get("id").asLong();
        long journey = practitioner.post("/api/v1/areas/stockport/children/" + child + "/journeys", "{\"source\":\"BY_HAND\",\"startedOn\":\""
                + today + "\"}").json().get("id").asLong();
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "practitioner");
            page.navigate(url("/areas/stockport/journeys/" + journey + "/discharge"));
            page.fill("#note", "Moving to Leeds next month");
            page.click("main form button[type=submit]");
            assertThat(page.locator("#reason-error").textContent()).contains("Choose why the child is discharged");
            assertThat(page.locator("#note").inputValue()).isEqualTo("Moving to Leeds next month");
            assertThat(page.title()).startsWith("Error: ");
            check(page, "discharge-errors");
        }
    }

    private void follow(Page page, String ending, String name) {
        Browser.tabTo(page, "main a[href$='" + ending + "']");
        page.keyboard().press("Enter");
        page.waitForURL("**" + ending);
        check(page, name);
    }

    private static void submit(Page page, String saved) {
        Browser.tabTo(page, "main form button[type=submit]");
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.matches(".*/children/\\d+(#\\w+)?$"));
        assertThat(page.locator("main").textContent()).contains(saved);
        check(page, saved.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    }

    /** No axe violation where JavaScript is on, no sideways scrolling at 320 px, and pictures at 320 and 1280 px. */
    private static void check(Page page, String name) {
        boolean script = page.locator("html.govuk-frontend-supported, body.govuk-frontend-supported").count() > 0;
        int width = page.viewportSize() == null ? 1280 : page.viewportSize().width;
        if (script) {
            assertThat(Browser.violations(page)).as(name).isEmpty();
        }
        page.setViewportSize(320, 800);
        Browser.screenshot(page, "journey-" + name + "-320");
        if (script) {
            assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).as(name + " at 320 px")
                    .isLessThanOrEqualTo(320);
        }
        page.setViewportSize(1280, 900);
        Browser.screenshot(page, "journey-" + name + "-1280");
        page.setViewportSize(width, 800);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
