package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.platform.People;
import org.strands.support.FollowUpSamples;
import org.strands.support.TestAreas;

/**
 * The follow-up pages as their people use them: staff see counts, response rates, the list and what the demo would have
 * sent, and stop a family's messages after a page that asks; a service lead sets the schedule and the provider with the
 * keyboard, errors shown beside their fields; a family stops their messages from the link, on a page that changes nothing
 * until they press its button. Every page is checked with axe, and at 320 px.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpPagesBrowserTests {

    static final String AREA = "followup-browser";
    static final String SETTINGS_AREA = "followup-browser-settings";
    static final String TOKEN = "Stop-link-of-the-browser-test_0123456789abc";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AreaRegistry areas;

    @Autowired
    People people;

    @Autowired
    ContactCipher cipher;

    Browser browser;
    Area area;
    long toStop;
    long byLink;

    @BeforeAll
    void open() {
        browser = new Browser();
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner");
        TestAreas.copyOfStockport(port, people, areas, SETTINGS_AREA, "lead");
        area = areas.find(AREA).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 6; i++) {
            FollowUpSamples.followUp(db, cipher, area.id(), "family" + i + "@example.org", "EASY_ACCESS", "Marple",
                    i < 2 ? "ANSWERED" : i < 5 ? "SENT" : "EXPIRED", now.minus(10 + i, ChronoUnit.DAYS));
        }
        FollowUpSamples.followUp(db, cipher, area.id(), "referred@example.org", "REFERRAL", "Heatons", "SENT", now.minus(4, ChronoUnit.DAYS));
        long failed = FollowUpSamples.followUp(db, cipher, area.id(), "bounced@example.org", "REFERRAL", "Heatons", "FAILED",
                now.minus(3, ChronoUnit.DAYS));
        FollowUpSamples.failedMessage(db, area.id(), failed, "The address does not exist");
        FollowUpSamples.pause(db, area.id(), "bounced@example.org", "The address does not exist");
        toStop = FollowUpSamples.followUp(db, cipher, area.id(), "to.stop@example.org", "EASY_ACCESS", "Marple", "DUE", now.plus(5, ChronoUnit.DAYS));
        byLink = FollowUpSamples.followUp(db, cipher, area.id(), "by.link@example.org", "ADVICE_LINE", "Heatons", "SENT", now.minus(1, ChronoUnit.DAYS));
        FollowUpSamples.stopLink(db, byLink, TOKEN);
        String base = "http://localhost:" + port + "/public/" + AREA;
        FollowUpSamples.keptMessage(db, cipher, area.id(), byLink, "by.link@example.org", area.name(), base + "/answers/" + "a".repeat(43),
                base + "/follow-up/stop/" + TOKEN);
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void staffSeeCountsRatesTheListAndWhatTheDemoWouldHaveSentAndFilterByStatus() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "practitioner");
            page.navigate(url("/areas/" + AREA));
            page.click(".govuk-service-navigation a:has-text('Follow-ups')");
            page.waitForURL("**/areas/" + AREA + "/follow-ups");
            String main = page.locator("main").textContent();
            assertThat(main).contains("Stopped by the family", "Run out", "Easy-access drop-in", "Traditional referral",
                    "fewer than 5 asked", "Address paused", "The address does not exist", "b•••@example.org",
                    "Messages the demo would have sent", "How are things going? From " + area.name())
                    .doesNotContain("EASY_ACCESS", "WITHDRAWN", "bounced@example.org");
            // six asked by easy access (two answered): 33%
            assertThat(page.locator("#rates-route-caption + thead + tbody").textContent()).contains("33%");
            assertThat(page.locator("main a[href$='/follow-up/stop/" + TOKEN + "']").count()).isEqualTo(1);
            assertThat(page.locator("main a[href$='/resume']").count()).as("a practitioner does not clear paused addresses").isZero();
            check(page, "follow-ups");

            page.selectOption("#status", "FAILED");
            page.click("main form button:has-text('Show')");
            page.waitForURL("**/follow-ups?status=FAILED");
            assertThat(page.locator("#follow-ups-caption").textContent()).isEqualTo("Failed, soonest due first");
            assertThat(page.locator("#follow-ups-caption ~ tbody tr").count()).isEqualTo(1);
            check(page, "follow-ups-failed");
        }
    }

    @Test
    void staffStopAFamilysMessagesAfterAPageThatAsks() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "practitioner");
            page.navigate(url("/areas/" + AREA + "/follow-ups?status=DUE"));
            page.click("main a[href$='/follow-ups/" + toStop + "/stop']");
            assertThat(page.locator("h1").textContent()).isEqualTo("Stop the follow-up messages to t•••@example.org?");
            assertThat(status(toStop)).isEqualTo("DUE");
            check(page, "follow-up-stop-confirm");
            page.click("main form button:has-text('Stop the messages')");
            page.waitForURL("**/areas/" + AREA + "/follow-ups");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("The family’s messages are stopped");
        }
        assertThat(status(toStop)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aServiceLeadSendsToAPausedAddressAgainAfterAPageThatAsks() {
        long waiting = FollowUpSamples.followUp(db, cipher, area.id(), "full@example.org", "EASY_ACCESS", "Marple", "DUE",
                Instant.now().plus(2, ChronoUnit.DAYS));
        FollowUpSamples.pause(db, area.id(), "full@example.org", "The mailbox is full");
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/" + AREA + "/follow-ups?status=DUE"));
            page.click("main a[href$='/follow-ups/" + waiting + "/resume']");
            assertThat(page.locator("h1").textContent()).isEqualTo("Send follow-up messages to f•••@example.org again?");
            check(page, "follow-up-resume-confirm");
            page.click("main form button:has-text('Send to this address again')");
            page.waitForURL("**/areas/" + AREA + "/follow-ups");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("The address is no longer paused");
        }
        assertThat(db.sql("select count(*) from followup_paused_address where area_id = ?").param(area.id()).query(Long.class).single())
                .as("only the bounced address is still paused").isEqualTo(1);
        assertThat(status(waiting)).isEqualTo("DUE");
    }

    @Test
    void aServiceLeadSetsTheScheduleAndProviderWithTheKeyboardErrorsShownBesideTheirFields() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/" + SETTINGS_AREA + "/follow-ups/settings"));
            assertThat(page.locator("#firstAfterDays").inputValue()).isEqualTo("42");
            check(page, "follow-up-settings");

            type(page, "#firstAfterDays", "0");
            Browser.tabTo(page, "#provider");
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#provider-2").isChecked()).isTrue();
            type(page, "#notifyApiKey", "not a key");
            submit(page);
            assertThat(page.locator("#firstAfterDays-error").textContent()).contains("Enter a whole number of days from 1 to 365.");
            assertThat(page.locator("#emailFrom-error").textContent()).contains("Enter the email address messages come from");
            assertThat(page.locator("#notifyApiKey-error").textContent()).contains("Enter the API key as Notify shows it");
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter a whole number of days from 1 to 365.");
            assertThat(page.locator("#firstAfterDays").inputValue()).isEqualTo("0");
            assertThat(page.locator("#provider-2").isChecked()).isTrue();
            assertThat(page.locator("#notifyApiKey").inputValue()).isEmpty();
            check(page, "follow-up-settings-errors");

            type(page, "#firstAfterDays", "35");
            type(page, "#emailFrom", "support@example.org");
            submit(page);
            page.waitForURL("**/areas/" + SETTINGS_AREA + "/follow-ups");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Follow-up settings saved.");
            assertThat(page.locator("main").textContent()).contains("Asked 35 days after the first contact, by the area’s mail server.")
                    .doesNotContain("Messages the demo would have sent");
        }
        assertThat(db.sql("select first_after_days || ' ' || provider || ' ' || email_from from followup_settings where area_id = ?")
                .param(areas.find(SETTINGS_AREA).orElseThrow().id()).query(String.class).single()).isEqualTo("35 SMTP support@example.org");
    }

    @Test
    void aFamilyStopsTheirMessagesFromTheLinkAndOpeningItChangesNothing() {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url("/public/" + AREA + "/follow-up/stop/" + TOKEN));
            assertThat(page.locator("h1").textContent()).isEqualTo("Stop these messages");
            assertThat(page.locator(".govuk-caption-l").textContent()).isEqualTo(area.name());
            assertThat(status(byLink)).isEqualTo("SENT");
            check(page, "follow-up-public-stop");
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo("You will get no more messages");
            assertThat(page.locator("main").textContent()).contains("If you change your mind", area.name());
            check(page, "follow-up-public-stopped");
            assertThat(status(byLink)).isEqualTo("WITHDRAWN");

            page.navigate(url("/public/" + AREA + "/follow-up/stop/" + "n".repeat(43)));
            assertThat(page.locator("h1").textContent()).isEqualTo("Stop these messages");
            page.waitForNavigation(() -> page.click("main form button[type=submit]"));
            assertThat(page.locator("h1").textContent()).isEqualTo("You will get no more messages");
        }
    }

    private String status(long followUp) {
        return db.sql("select status from followup where id = ?").param(followUp).query(String.class).single();
    }

    /** Moves to the field with the Tab key and types over what it holds. */
    private static void type(Page page, String selector, String text) {
        Browser.tabTo(page, selector);
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Backspace");
        page.keyboard().type(text);
    }

    private static void submit(Page page) {
        Browser.tabTo(page, "main form button[type=submit]");
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
    }

    /** One h1, no axe violation and no sideways scrolling at the current width and at 320 px. */
    private static void check(Page page, String name) {
        int width = page.viewportSize() == null ? 1280 : page.viewportSize().width;
        assertThat(page.locator("h1").count()).as("one h1 on " + name).isEqualTo(1);
        assertThat(Browser.violations(page)).as(name).isEmpty();
        assertThat(scrollWidth(page)).as(name + " fits " + width + " px").isLessThanOrEqualTo(width);
        page.setViewportSize(320, 800);
        Browser.screenshot(page, "followup-" + name + "-320");
        assertThat(scrollWidth(page)).as(name + " at 320 px").isLessThanOrEqualTo(320);
        assertThat(Browser.violations(page)).as(name + " at 320 px").isEmpty();
        page.setViewportSize(width, 800);
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
