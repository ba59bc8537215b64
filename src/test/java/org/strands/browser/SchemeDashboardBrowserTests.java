package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;

/**
 * A commissioner, on a 320 px screen with the keyboard alone, reads the area's view of the scheme, opens a cohort of their
 * own, brings a school into it with a mentor (a mistake said beside its field first) and downloads the export; an
 * administrator ties a member of a setting's staff and unties them again. Every page is checked with axe at 320 px and
 * 1280 px and kept as a picture; what the test added to the demo is taken away again.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemeDashboardBrowserTests {

    static final String COHORT = "Browser test cohort";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AreaRegistry areas;

    @Autowired
    AreaPlaces places;

    Browser browser;
    Area stockport;

    @BeforeAll
    void open() {
        browser = new Browser();
        stockport = areas.find("stockport").orElseThrow();
    }

    @AfterAll
    void close() {
        // leave the demo as it was: the cohort this test opened, and the journey it began
        db.sql("""
                delete from accreditation_status_change where enrolment_id in (select e.id from accreditation_enrolment e
                join accreditation_cohort c on c.id = e.cohort_id where c.area_id = ? and c.name = ?)""").param(stockport.id()).param(COHORT).update();
        db.sql("delete from accreditation_enrolment where cohort_id in (select id from accreditation_cohort where area_id = ? and name = ?)")
                .param(stockport.id()).param(COHORT).update();
        db.sql("delete from accreditation_cohort where area_id = ? and name = ?").param(stockport.id()).param(COHORT).update();
        browser.close();
    }

    @Test
    void aCommissionerReadsTheSchemeOpensACohortBringsASchoolInAndDownloadsTheExport() {
        Set<String> inScheme = db.sql("select setting_ref from accreditation_enrolment where area_id = ?").param(stockport.id())
                .query(String.class).list().stream().collect(Collectors.toSet());
        Setting school = places.settings(stockport, AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> !s.venue() && "Primary".equals(s.phase()) && !inScheme.contains(s.ref()))
                .sorted(java.util.Comparator.comparing(Setting::name).reversed()).findFirst().orElseThrow();

        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800).setAcceptDownloads(true))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");
            page.navigate(url("/areas/stockport/scheme"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Schools and settings scheme");
            assertThat(page.locator("#primary-share").textContent()).containsPattern("[0-9]+% \\([0-9]+ of [0-9]+ primary schools");
            assertThat(page.locator("#weakest-table tbody tr").first().textContent()).contains("ID");
            check(page, "scheme-dashboard-320");

            Download download = page.waitForDownload(() -> {
                Browser.tabTo(page, "main a[href$='/accreditation/export.csv']");
                page.keyboard().press("Enter");
            });
            assertThat(download.suggestedFilename()).isEqualTo("schools-and-settings-scheme-stockport.csv");

            Browser.tabTo(page, "main a[href$='/scheme/cohorts']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Cohorts");
            check(page, "scheme-cohorts-320");

            Browser.tabTo(page, "main a[href$='/scheme/cohorts/new']");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            check(page, "scheme-cohort-new-320");
            Browser.tabTo(page, "#name");
            page.keyboard().type(COHORT);
            Browser.tabTo(page, "#startsOn-day");
            page.keyboard().type("1");
            page.keyboard().press("Tab");
            page.keyboard().type("9");
            page.keyboard().press("Tab");
            page.keyboard().type("2028");
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("h1").textContent()).isEqualTo(COHORT);
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("is open");
            check(page, "scheme-cohort-empty-320");

            // sent with nothing chosen: said beside the field
            Browser.tabTo(page, "main form[action$='/settings'] button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("#setting-error").textContent()).contains("Choose a school or setting, or enter its URN.");
            check(page, "scheme-cohort-errors-320");

            Browser.tabTo(page, "#urn");
            page.keyboard().type(String.valueOf(school.urn()));
            Browser.tabTo(page, "#mentor");
            // typing a name chooses it, as a keyboard user picks from a long list (other tests add mentors of their own)
            page.keyboard().type("Morgan Mentor");
            assertThat(page.locator("#mentor").inputValue()).isEqualTo("mentor");
            Browser.tabTo(page, "main form[action$='/settings'] button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains(school.name() + " has joined " + COHORT);
            assertThat(page.locator("main table").textContent()).contains(school.name(), "Self-evaluating", "Morgan Mentor");
            check(page, "scheme-cohort-320");
        }
    }

    @Test
    void anAdministratorTiesStaffToASettingAndUntiesThem() {
        Setting school = places.settings(stockport, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue() && "Secondary".equals(s.phase()))
                .findFirst().orElseThrow();
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "admin");
            page.navigate(url("/areas/stockport/scheme/staff"));
            look(page, "scheme-staff-1280");
            page.selectOption("#setting", school.ref());
            page.click("main form button[type=submit]");
            assertThat(page.locator("#person-error").textContent()).contains("Choose a person");
            assertThat(page.locator("#setting").inputValue()).isEqualTo(school.ref());
            look(page, "scheme-staff-errors-1280");
            page.selectOption("#person", "senco");
            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("is now tied to " + school.name());
            assertThat(page.locator("main table").textContent()).contains(school.name());

            page.click("main a[href*='ref=" + school.ref() + "']");
            assertThat(page.locator("h1").textContent()).contains("Untie").contains(school.name());
            look(page, "scheme-staff-remove-1280");
            page.click("main form button[type=submit]");
            assertThat(page.locator(".govuk-notification-banner").textContent()).contains("is no longer tied to " + school.name());
        }
        assertThat(db.sql("select count(*) from accreditation_staff where area_id = ? and setting_ref = ?").param(stockport.id()).param(school.ref())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theSchemePagesFitASmallScreenAndAWideOne() {
        String cohort = db.sql("select id::text from accreditation_cohort where area_id = ? and name = '2027 schools and settings'")
                .param(stockport.id()).query(String.class).single();
        String set = db.sql("select id::text from accreditation_criteria_set where area_id = ? order by version limit 1")
                .param(stockport.id()).query(String.class).single();
        String senco = db.sql("select setting_ref from accreditation_staff where area_id = ? and username = 'senco' limit 1")
                .param(stockport.id()).query(String.class).single();
        String[] pages = {"/areas/stockport/scheme", "/areas/stockport/scheme/cohorts", "/areas/stockport/scheme/cohorts/" + cohort,
            "/areas/stockport/scheme/cohorts/new", "/areas/stockport/scheme/staff", "/areas/stockport/scheme/staff/remove?username=senco&ref=" + senco,
            "/areas/stockport/scheme/criteria", "/areas/stockport/scheme/criteria/" + set, "/areas/stockport/scheme/criteria/load"};
        for (int width : new int[] {1280, 320}) {
            try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(width, 900))) {
                Page page = context.newPage();
                Browser.signIn(page, url(""), "admin");
                for (String path : pages) {
                    page.navigate(url(path));
                    String name = "scheme" + path.replace("/areas/stockport/scheme", "").replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "")
                            + "-" + width;
                    if (width == 320) {
                        check(page, name);
                    } else {
                        look(page, name);
                    }
                }
                page.navigate(url("/areas/stockport/scheme/criteria/load"));
                page.click("main form button[type=submit]");
                assertThat(page.locator(".govuk-error-summary").count()).isEqualTo(1);
                if (width == 320) {
                    check(page, "scheme-criteria-load-errors-320");
                } else {
                    look(page, "scheme-criteria-load-errors-1280");
                }
            }
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
