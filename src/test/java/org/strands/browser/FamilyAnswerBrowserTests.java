package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.journey.FamilyAnswerLinks;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.FamilyAnswerSamples;
import org.strands.support.TestAreas;

/**
 * Hearing the family as its people do it: a family opens the link staff made and answers with the keyboard alone on a
 * 320 px screen, and the link then shows the kind page; a practitioner enters answers with a family and makes a link; a
 * service lead loads the area's own rating descriptors and goes back to the generic ones. Every page is checked with axe.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyAnswerBrowserTests {

    static final String AREA = "family-browser";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AreaRegistry areas;

    @Autowired
    People people;

    @Autowired
    FamilyAnswerLinks links;

    Browser browser;
    Area area;

    @BeforeAll
    void open() {
        browser = new Browser();
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner");
        area = areas.find(AREA).orElseThrow();
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void aFamilyAnswersWithTheKeyboardAloneAt320PixelsAndTheLinkThenShowsTheKindPage() {
        long child = FamilyAnswerSamples.childWithJourney(db, area.id(), "BROWSER-FAMILY-1", "practitioner");
        String link = links.make(area, 1, FamilyAnswerSamples.journeyOf(db, child), null, "practitioner").url();
        String path = link.substring(link.indexOf("/public/"));
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url(path));
            assertThat(page.locator("main").textContent()).contains("How confident do you feel").doesNotContain("BROWSER-FAMILY-1");
            check(page, "family-public");
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Choose an answer to “How confident");
            check(page, "family-public-errors");
            choose(page, "#q-confidence", 3);
            choose(page, "#q-daily-life", 2);
            choose(page, "#q-getting-help", 5);
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL("**/answers/thank-you");
            assertThat(page.locator("h1").textContent()).contains("Thank you");
            check(page, "family-thanks");

            Response again = page.navigate(url(path));
            assertThat(again.status()).isEqualTo(200);
            assertThat(page.locator("h1").textContent()).isEqualTo("This link cannot be used");
            assertThat(page.locator("main").textContent()).contains("ask the person who sent it to you for a new one");
            check(page, "family-gone");
        }
        assertThat(db.sql("""
                select string_agg(a.scale_value::text, ',' order by q.position) from journey_answer a
                join journey_question q on q.id = a.question_id join journey_answer_set s on s.id = a.answer_set_id
                where s.journey_id = ?""").param(FamilyAnswerSamples.journeyOf(db, child)).query(String.class).single()).isEqualTo("3,2,5");
    }

    @Test
    void aPractitionerEntersAnswersWithAFamilyAndMakesThemALink() {
        long child = FamilyAnswerSamples.childWithJourney(db, area.id(), "BROWSER-FAMILY-2", "practitioner");
        long contact = FamilyAnswerSamples.contact(db, area.id());
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "practitioner");
            page.navigate(url("/areas/" + AREA + "/children/" + child + "/answers"));
            check(page, "family-answers");
            page.click("main form button:has-text('Save answers')");
            assertThat(page.locator("#q-confidence-error").textContent()).contains("Choose an answer");
            check(page, "family-answers-errors");
            page.check("#q-confidence-4");
            page.check("#q-daily-life-3");
            page.check("#q-getting-help-2");
            page.click("main form button:has-text('Save answers')");
            page.waitForURL("**/children/" + child + "/answers");
            assertThat(page.locator("main").textContent()).contains("The family’s answers to part 1 are saved", "Confident", "Quite hard",
                    "Typed in with the family by practitioner");
            check(page, "family-answers-saved");
            page.check("#linkPart-2");
            page.click("main form button:has-text('Make a link for the family')");
            assertThat(page.locator("#family-link").inputValue()).matches(".*/public/" + AREA + "/answers/[A-Za-z0-9_-]{43}");
            check(page, "family-link");

            page.navigate(url("/areas/" + AREA + "/contacts/" + contact + "/answers"));
            assertThat(page.locator(".govuk-caption-l").textContent()).contains("Easy-access drop-in");
            check(page, "family-contact-answers");
        }
    }

    @Test
    void aServiceLeadLoadsTheAreasOwnDescriptorsAndGoesBackToTheGenericOnes() throws Exception {
        StringBuilder csv = new StringBuilder("domain,score,words\n");
        for (String domain : new String[] {"impairment", "activity", "participation", "wellbeing", "carer wellbeing"}) {
            for (int s = 0; s <= 5; s++) {
                csv.append(domain).append(',').append(s).append(",Licensed words for ").append(domain).append(" at ").append(s).append('\n');
            }
        }
        Path file = Files.createTempFile("descriptors", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Path bad = Files.createTempFile("descriptors-bad", ".csv");
        Files.writeString(bad, "domain,score,words\nimpairment,9,Too high\n", StandardCharsets.UTF_8);
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "lead");
            page.navigate(url("/areas/" + AREA + "/rating-scale"));
            assertThat(page.locator("main").textContent()).contains("generic descriptors", "A profound difficulty");
            check(page, "rating-scale");
            page.fill("#source", "A licensed scale, 3rd edition");
            page.setInputFiles("#descriptors-file", bad);
            page.click("main form button:has-text('Load descriptors')");
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Row 2, score");
            check(page, "rating-scale-errors");
            page.setInputFiles("#descriptors-file", file);
            page.click("main form button:has-text('Load descriptors')");
            assertThat(page.locator("main").textContent()).contains("30 descriptors are loaded", "Licensed words for activity at 3");
            check(page, "rating-scale-loaded");
            page.click("a:has-text('Go back to the generic descriptors')");
            check(page, "rating-scale-generic-confirm");
            page.click("main form button:has-text('Use the generic descriptors')");
            assertThat(page.locator("main").textContent()).contains("The generic descriptors are in use again", "A profound difficulty");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(bad);
        }
    }

    /** Tabs to the first radio of a question, and with the arrow keys chooses the answer at the position (from 1). */
    private static void choose(Page page, String firstRadio, int position) {
        Browser.tabTo(page, firstRadio);
        page.keyboard().press("Space");
        for (int i = 1; i < position; i++) {
            page.keyboard().press("ArrowDown");
        }
        String chosen = position == 1 ? firstRadio : firstRadio + "-" + position;
        assertThat(page.locator(chosen).isChecked()).as(chosen).isTrue();
    }

    /** No axe violation and no sideways scrolling at the current width, and pictures at 320 and 1280 px. */
    private static void check(Page page, String name) {
        int width = page.viewportSize() == null ? 1280 : page.viewportSize().width;
        assertThat(page.locator("h1").count()).as("one h1 on " + name).isEqualTo(1);
        assertThat(Browser.violations(page)).as(name).isEmpty();
        assertThat(scrollWidth(page)).as(name + " fits " + width + " px").isLessThanOrEqualTo(width);
        page.setViewportSize(320, 800);
        Browser.screenshot(page, "journey-" + name + "-320");
        assertThat(scrollWidth(page)).as(name + " at 320 px").isLessThanOrEqualTo(320);
        page.setViewportSize(1280, 900);
        Browser.screenshot(page, "journey-" + name + "-1280");
        page.setViewportSize(width, 800);
    }

    private static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
