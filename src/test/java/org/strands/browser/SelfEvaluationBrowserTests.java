package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo SENCo, with the keyboard on a 320 px screen, lands on their school's page, rates every strand (told of a
 * mistake beside its field first), adds a PDF and a link as evidence, adds an action and sends the self-evaluation to
 * their mentor. Every page is checked with axe at 320 and 1280 px and kept as a picture. The demo journey is put back
 * as it was afterwards, for the other tests.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfEvaluationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Browser browser;
    long journey;
    String ref;
    long lastChange;

    @BeforeAll
    void open() {
        browser = new Browser();
        ref = db.sql("select setting_ref from accreditation_staff where username = 'senco' limit 1").query(String.class).single();
        journey = db.sql("select id from accreditation_enrolment where setting_ref = ? order by joined_on desc, id desc limit 1").param(ref)
                .query(Long.class).single();
        lastChange = db.sql("select coalesce(max(id), 0) from accreditation_status_change where enrolment_id = ?").param(journey)
                .query(Long.class).single();
    }

    /** The demo SENCo's journey as the demo seeded it: nothing rated, added or planned, still self-evaluating. */
    @AfterAll
    void close() {
        db.sql("delete from accreditation_rating where enrolment_id = ?").param(journey).update();
        db.sql("delete from accreditation_evidence where enrolment_id = ?").param(journey).update();
        db.sql("delete from accreditation_action where enrolment_id = ?").param(journey).update();
        db.sql("delete from accreditation_status_change where enrolment_id = ? and id > ?").params(journey, lastChange).update();
        db.sql("update accreditation_enrolment set status = 'SELF_EVALUATING', recommendation = null where id = ?").param(journey).update();
        browser.close();
    }

    @Test
    void aSencoCompletesTheSelfEvaluationWithEvidenceAndSendsItToTheirMentor() {
        String base = "/areas/stockport/scheme/settings/" + ref;
        List<String> pages = new ArrayList<>();
        try (BrowserContext narrow = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = narrow.newPage();
            Browser.signIn(page, url(""), "senco");
            page.navigate(url("/areas/stockport/my-setting"));
            assertThat(page.url()).endsWith(base);
            assertThat(page.locator("main .govuk-task-list").textContent()).contains("Rate family support", "Not yet started", "Cannot start yet");
            check(page, "setting-page-320");
            pages.add(base);

            Browser.tabTo(page, "main a[href$='/strands/family-support']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            check(page, "setting-strand-320");
            page.locator("[id='strengths-FS1.1']").focus();
            page.keyboard().type("Coffee mornings for families each half term.");
            page.locator("main form button[type=submit]").focus();
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("[id='rating-FS1.1-error']").textContent()).contains("Choose a rating for FS1.1 as well as its strengths.");
            assertThat(page.locator("[id='strengths-FS1.1']").inputValue()).isEqualTo("Coffee mornings for families each half term.");
            check(page, "setting-strand-errors-320");

            for (String strand : List.of("family-support", "environment", "workforce", "identification", "intervention")) {
                assertThat(page.url()).endsWith(base + "/strands/" + strand);
                pages.add(base + "/strands/" + strand);
                for (String radio : page.locator("main input[type=radio][value=ESTABLISHED]").all().stream().map(r -> r.getAttribute("id")).toList()) {
                    page.locator("[id='" + radio + "']").focus();
                    page.keyboard().press("Space");
                }
                page.locator("main form button[type=submit]").focus();
                page.waitForNavigation(() -> page.keyboard().press("Enter"));
            }
            assertThat(page.url()).endsWith(base);
            assertThat(page.locator("main .govuk-task-list").textContent()).contains("6 of 6 rated");

            Browser.tabTo(page, "main a[href$='/evidence']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            check(page, "setting-evidence-320");
            pages.add(base + "/evidence");
            page.setInputFiles("#file-file", new FilePayload("Our SEN policy.pdf", "application/pdf",
                    "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            page.locator("#file-title").focus();
            page.keyboard().type("Our SEN policy");
            page.locator("main form:has(#file-file) button[type=submit]").focus();
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("main").textContent()).contains("The evidence is added.", "Our SEN policy");
            page.locator("#link-link").focus();
            page.keyboard().type("https://www.example.org/our-local-offer");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("main").textContent()).contains("https://www.example.org/our-local-offer");
            check(page, "setting-evidence-added-320");
            pages.add(base + "/evidence/" + db.sql("select min(id) from accreditation_evidence where enrolment_id = ?").param(journey)
                    .query(Long.class).single() + "/remove");

            page.navigate(url(base + "/actions"));
            pages.add(base + "/actions");
            page.locator("#what").focus();
            page.keyboard().type("Train every teaching assistant in the talk-friendly classroom checklist.");
            page.locator("#owner").focus();
            page.keyboard().type("Priya, SENCo");
            page.locator("#dueOn-day").focus();
            page.keyboard().type("31");
            page.keyboard().press("Tab");
            page.keyboard().type("3");
            page.keyboard().press("Tab");
            page.keyboard().type("2030");
            page.locator("main form:has(#what) button[type=submit]").focus();
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("main").textContent()).contains("The action is added to your plan.", "Priya, SENCo", "31 March 2030");
            check(page, "setting-actions-320");

            pages.add(base + "/submit");
            try (BrowserContext wide = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
                Page w = wide.newPage();
                Browser.signIn(w, url(""), "senco");
                for (String p : pages) {
                    w.navigate(url(p));
                    look(w, "setting-1280" + p.substring(base.length()).replaceAll("[^a-z0-9]+", "-"));
                }
            }

            page.navigate(url(base));
            Browser.tabTo(page, "main a[href$='/submit']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            check(page, "setting-submit-320");
            page.locator("#confirm").focus();
            page.keyboard().press("Space");
            page.locator("main form button[type=submit]").focus();
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.url()).endsWith(base);
            assertThat(page.locator("main").textContent()).contains("Your self-evaluation is sent to", "With the mentor",
                    "Self-evaluation sent to the mentor");
            check(page, "setting-page-sent-320");
        }
    }

    private static void look(Page page, String name) {
        assertThat(page.locator("h1").count()).as(name).isEqualTo(1);
        assertThat(Browser.violations(page)).as(name).isEmpty();
        Browser.screenshot(page, name);
    }

    private static void check(Page page, String name) {
        look(page, name);
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).as(name).isLessThanOrEqualTo(320);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
