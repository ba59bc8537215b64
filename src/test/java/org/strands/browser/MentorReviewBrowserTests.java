package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo mentor, with the keyboard alone on a 320 px screen, opens their mentoring, reviews the setting waiting for
 * them strand by strand (a verdict left out is said beside its field first) and recommends it; the commissioner, as the
 * panel, accredits it and downloads the certificate. Every page is checked with axe at 320 and 1280 px and kept as a
 * picture to look at. The demo journey is put back as it was at the end, for the other tests sharing the database.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentorReviewBrowserTests {

    /** The demo's setting with its mentor (the second primary school by name). */
    static final String REF = "106024";
    static final String[] STRANDS = {"family-support", "environment", "workforce", "identification", "intervention"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Browser browser;
    long journey;
    long lastChange;
    long lastComment;
    OffsetDateTime changedAt;

    @BeforeAll
    void open() {
        browser = new Browser();
        journey = db.sql("""
                select e.id from accreditation_enrolment e join area a on a.id = e.area_id
                where a.slug = 'stockport' and e.setting_ref = ? and e.status = 'IN_REVIEW'""").param(REF).query(Long.class).single();
        lastChange = db.sql("select coalesce(max(id), 0) from accreditation_status_change where enrolment_id = ?").param(journey).query(Long.class).single();
        lastComment = db.sql("select coalesce(max(id), 0) from accreditation_comment where enrolment_id = ?").param(journey).query(Long.class).single();
        changedAt = db.sql("select status_changed_at from accreditation_enrolment where id = ?").param(journey).query(OffsetDateTime.class).single();
    }

    @AfterAll
    void close() {
        db.sql("delete from accreditation_strand_review where enrolment_id = ?").param(journey).update();
        db.sql("delete from accreditation_status_change where enrolment_id = ? and id > ?").params(journey, lastChange).update();
        db.sql("delete from accreditation_comment where enrolment_id = ? and id > ?").params(journey, lastComment).update();
        db.sql("""
                update accreditation_enrolment set status = 'IN_REVIEW', recommendation = null, awarded_on = null, expires_on = null,
                    renewal_reminded_for = null, status_changed_at = ? where id = ?""").params(changedAt, journey).update();
        browser.close();
    }

    @Test
    void aMentorReviewsAndRecommendsAndThePanelAccredits() {
        String setting;
        try (BrowserContext mentor = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = mentor.newPage();
            Browser.signIn(page, url(""), "mentor");
            page.navigate(url("/areas/stockport/my-mentoring"));
            assertThat(page.locator("h1").textContent()).isEqualTo("My mentoring");
            assertThat(page.locator("main caption").first().textContent()).as("what needs the mentor first").startsWith("With the mentor");
            check(page, "accreditation-my-mentoring-320");

            Browser.tabTo(page, "main a[href$='/scheme/settings/" + REF + "/review']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            setting = page.locator("h1").textContent().replaceFirst("^Review ", "");
            assertThat(page.locator("#strand-family-support h2").textContent()).isEqualTo("Family support");
            check(page, "accreditation-review-320");

            // a verdict left out: said beside the field, the comment kept
            Browser.tabTo(page, "#comment-family-support");
            page.keyboard().type("Families are told about local advice at every review.");
            Browser.tabTo(page, "#strand-family-support form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("#verdict-family-support-error").textContent()).contains("Choose met or more evidence needed for family support.");
            assertThat(page.locator("#comment-family-support").inputValue()).isEqualTo("Families are told about local advice at every review.");
            check(page, "accreditation-review-errors-320");

            for (String strand : STRANDS) {
                Browser.tabTo(page, "#verdict-" + strand);
                page.keyboard().press("Space");
                assertThat(page.locator("#verdict-" + strand).isChecked()).isTrue();
                Browser.tabTo(page, "#strand-" + strand + " form button[type=submit]");
                page.waitForNavigation(() -> page.keyboard().press("Enter"));
                assertThat(page.locator(".govuk-notification-banner").textContent()).contains("is saved: met");
            }
            assertThat(page.locator("#recommend-heading + p").textContent()).contains("Every strand is met");

            Browser.tabTo(page, "main a[href$='/scheme/settings/" + REF + "/recommend']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            check(page, "accreditation-recommend-320");
            // Centre of Excellence is refused beside the field: the ratings are established, not embedded
            Browser.tabTo(page, "#award");
            page.keyboard().press("Space");
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#award-2").isChecked()).isTrue();
            Browser.tabTo(page, "#reason");
            page.keyboard().type("Every strand is well evidenced and the staff know it well.");
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("#award-error").textContent()).contains("Centre of Excellence needs every criterion rated embedded");
            assertThat(page.locator("#reason").inputValue()).isEqualTo("Every strand is well evidenced and the staff know it well.");
            check(page, "accreditation-recommend-errors-320");
            Browser.tabTo(page, "#award-2");
            page.keyboard().press("ArrowUp");
            assertThat(page.locator("#award").isChecked()).isTrue();
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.url()).endsWith("/areas/stockport/my-mentoring");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("has been recommended to the panel");
        }

        try (BrowserContext commissioner = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = commissioner.newPage();
            Browser.signIn(page, url(""), "commissioner");
            page.navigate(url("/areas/stockport/scheme/settings/" + REF + "/decision"));
            assertThat(page.locator("main").textContent()).contains("Accreditation", "Every strand is well evidenced");
            look(page, "accreditation-decision-1280");
            page.click("main form button[type=submit]");
            assertThat(page.locator("#outcome-error").textContent()).contains("Choose whether to award or to say not yet.");
            look(page, "accreditation-decision-errors-1280");
            page.check("#outcome");
            page.fill("#reason", "Agreed by the area panel in March.");
            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains(setting + " is now accredited.");
            assertThat(page.locator("main").textContent()).contains("expires on", "Agreed by the area panel in March.", "The panel has decided");
            look(page, "accreditation-decision-awarded-1280");
            APIResponse pdf = page.request().get(page.locator("main a[href$='/certificate.pdf']").getAttribute("href").startsWith("http")
                    ? page.locator("main a[href$='/certificate.pdf']").getAttribute("href")
                    : url(page.locator("main a[href$='/certificate.pdf']").getAttribute("href")));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("StructTreeRoot");
            assertThat(db.sql("select expires_on from accreditation_enrolment where id = ?").param(journey).query(LocalDate.class).single())
                    .isAfter(LocalDate.now().plusYears(3).minusDays(2));
        }
    }

    @Test
    void theOtherPagesFitASmallScreenAndAWideOne() {
        try (BrowserContext wide = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = wide.newPage();
            Browser.signIn(page, url(""), "mentor");
            page.navigate(url("/areas/stockport/my-mentoring"));
            look(page, "accreditation-my-mentoring-1280");
            page.navigate(url("/areas/stockport/scheme/settings/135746/review"));
            look(page, "accreditation-review-more-evidence-1280");
            page.navigate(url("/areas/stockport/scheme/settings/135746/conversation"));
            look(page, "accreditation-conversation-1280");
            page.click("main form button[type=submit]");
            assertThat(page.locator("#body-error").textContent()).contains("Enter your comment.");
            look(page, "accreditation-conversation-errors-1280");
        }
        try (BrowserContext narrow = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = narrow.newPage();
            Browser.signIn(page, url(""), "commissioner");
            page.navigate(url("/areas/stockport/scheme/settings/135746/conversation"));
            check(page, "accreditation-conversation-320");
            page.navigate(url("/areas/stockport/scheme/settings/106102/decision"));
            check(page, "accreditation-decision-320");
            page.navigate(url("/areas/stockport/scheme/settings/106074/decision"));
            assertThat(page.locator("main .govuk-inset-text").textContent()).contains("Nothing to decide yet");
            check(page, "accreditation-decision-nothing-320");
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
