package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strands.support.Api;
import org.strands.support.AwaitJob;
import org.strands.support.FamilyAnswerSamples;

/**
 * WCAG 2.2 1.4.10 Reflow: every page of the product, as every demo account that may see it, at 320 CSS px
 * wide does not scroll sideways (wide tables scroll inside their own region), no text spills out of its box,
 * and axe-core finds no violation at that width. The pages are the GET mappings of every page controller,
 * each opened at a sample URL from {@link SamplePage}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesFitSmallScreensBrowserTests {

    static final int WIDTH = 320;

    /** The page's width, and the outermost elements that stick out past the viewport or spill out of their box. */
    private static final String MEASURE = """
            () => {
              const width = document.documentElement.clientWidth;
              // inside a box that scrolls or clips and fits the window (an absolute element only when the box is positioned)
              const scrolls = el => { const absolute = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  const style = getComputedStyle(p);
                  if (style.overflowX !== 'visible' && p.getBoundingClientRect().right <= width + 1
                      && (!absolute || style.position !== 'static')) return true; }
                return false; };
              const text = el => [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.classList.length ? '.' + [...el.classList].join('.') : '');
              const wide = [], spilling = [];
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || scrolls(el)) continue;
                if (r.right > width + 1 && !wide.some(w => w.contains(el))) wide.push(el);
                const style = getComputedStyle(el);
                if (style.overflowX === 'visible' && style.display !== 'inline' && el.clientWidth > 0 && text(el)
                    && el.scrollWidth > el.clientWidth + 4 && !el.closest('svg')) spilling.push(el);
              }
              return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, clientWidth: width,
                wide: wide.slice(0, 6).map(el => name(el) + ' to ' + Math.round(el.getBoundingClientRect().right) + 'px'),
                spilling: spilling.slice(0, 6).map(el => name(el) + ' (' + el.scrollWidth + ' in ' + el.clientWidth + 'px)') };
            }""";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    @Autowired
    org.strands.platform.AreaRegistry areas;

    @Autowired
    org.strands.journey.FamilyAnswerLinks familyLinks;

    @Autowired
    org.strands.platform.ContactCipher cipher;

    Browser browser;
    final Map<String, BrowserContext> contexts = new HashMap<>();

    Map<String, List<SamplePage>> samples;

    @BeforeAll
    void open() {
        browser = new Browser();
        Api admin = Api.at(port).as("admin", "demo");
        String areaJob = AwaitJob.finished(admin, admin.post("/api/v1/areas/stockport/link-therapists/solve", "{\"seconds\":1}"))
                .get("id").asString();
        String nationalJob = AwaitJob.finished(admin, admin.upload("/api/v1/admin/reference-data/gias", "gias.csv",
                "not,the,gias,file\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).get("id").asString();
        String locality = admin.get("/api/v1/areas/stockport/localities").json().get(0).get("name").asString();
        String action = admin.post("/api/v1/areas/stockport/provision/actions", "{\"title\":\"Shown at 320 px\",\"outcomes\":[\"FS1\"],"
                + "\"localities\":[\"" + locality + "\"],\"owner\":\"Alex Admin\",\"dueOn\":\"2030-01-31\"}").json().get("id").asString();
        String therapist = admin.get("/api/v1/areas/stockport/link-therapists/team").json().get(0).get("id").asString();
        String session = admin.get("/api/v1/areas/stockport/sessions").json().get(0).get("id").asString();
        String booking = admin.get("/api/v1/areas/stockport/sessions/" + session + "/register").json().get(0).get("id").asString();
        String measure = admin.post("/api/v1/areas/stockport/impact/measures", "{\"outcome\":\"IN3\",\"measure\":\"Shown at 320 px\"}")
                .json().get("id").asString();
        tools.jackson.databind.JsonNode child = java.util.stream.StreamSupport.stream(Api.at(port).as("practitioner", "demo")
                .get("/api/v1/areas/stockport/children").json().get("children").spliterator(), false)
                .filter(c -> !c.get("openJourneyId").isNull() && "practitioner".equals(c.get("lead").asString())).findFirst().orElseThrow();
        Map<String, String> ids = new HashMap<>(Map.of("areaJob", areaJob, "nationalJob", nationalJob, "action", action, "therapist", therapist,
                "session", session, "booking", booking, "child", child.get("id").asString(), "journey", child.get("openJourneyId").asString()));
        ids.put("measure", measure);
        ids.putAll(familyAnswerIds(child.get("openJourneyId").asLong()));
        ids.put("followUp", String.valueOf(org.strands.support.FollowUpSamples.followUp(db, cipher, areas.find("stockport").orElseThrow().id(),
                "shown.at.320@example.org", "EASY_ACCESS", locality, "DUE", java.time.Instant.now().plus(java.time.Duration.ofDays(3)))));
        ids.put("directoryEntry", db.sql("select id::text from directory_entry where area_id = ? and open_access and status = 'PUBLISHED' limit 1")
                .param(areas.find("stockport").orElseThrow().id()).query(String.class).single());
        ids.put("directoryFeedback", db.sql("select id::text from directory_feedback where area_id = ? order by created_at limit 1")
                .param(areas.find("stockport").orElseThrow().id()).query(String.class).single());
        // accreditation: area
        long stockport = areas.find("stockport").orElseThrow().id();
        ids.put("schemeCohort", db.sql("select id::text from accreditation_cohort where area_id = ? and name = '2027 schools and settings'")
                .param(stockport).query(String.class).single());
        ids.put("schemeSencoRef", db.sql("select setting_ref from accreditation_staff where area_id = ? and username = 'senco' limit 1")
                .param(stockport).query(String.class).single());
        ids.put("schemeCriteria", db.sql("select id::text from accreditation_criteria_set where area_id = ? order by version limit 1")
                .param(stockport).query(String.class).single());
        // accreditation: setting staff: the demo senco's school, and a note of evidence there to show its removal page (removed after)
        ids.put("sencoSetting", db.sql("select setting_ref from accreditation_staff where username = 'senco' limit 1").query(String.class).single());
        ids.put("sencoEvidence", db.sql("""
                insert into accreditation_evidence (area_id, enrolment_id, kind, title, note, added_by)
                select e.area_id, e.id, 'NOTE', 'Shown at 320 px', 'A note the small-screen test adds and removes.', 'senco'
                from accreditation_enrolment e where e.setting_ref = ? order by e.joined_on desc limit 1 returning id::text""")
                .param(ids.get("sencoSetting")).query(String.class).single());
        samples = SamplePage.byMapping(ids);
    }

    /** An easy-access contact, and a family's link to answer for a demo journey the demo practitioner leads. */
    private Map<String, String> familyAnswerIds(long journey) {
        long stockport = areas.find("stockport").orElseThrow().id();
        String link = familyLinks.make(areas.find("stockport").orElseThrow(), 2, journey, null, "practitioner").url();
        return Map.of("contact", String.valueOf(FamilyAnswerSamples.contact(db, stockport)),
                "answerToken", link.substring(link.lastIndexOf('/') + 1));
    }

    @AfterAll
    void close() {
        db.sql("delete from accreditation_evidence where title = 'Shown at 320 px' and added_by = 'senco'").update();
        contexts.values().forEach(BrowserContext::close);
        browser.close();
    }

    @Test
    void everyGetPageMappingHasASamplePage() {
        Set<String> mapped = pageMappings();
        assertThat(samples.keySet()).as("sample pages in SamplePage for the GET page mappings")
                .containsExactlyInAnyOrderElementsOf(mapped);
    }

    @TestFactory
    Stream<DynamicTest> everyPageFitsA320PixelScreenForEveryoneWhoMaySeeIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String mapping : pageMappings()) {
            List<SamplePage> pages = samples.get(mapping);
            if (pages == null) {
                tests.add(DynamicTest.dynamicTest(mapping + " has a sample page", () -> {
                    throw new AssertionError("No sample page for GET " + mapping + ": add one to SamplePage");
                }));
                continue;
            }
            pages.forEach(sample -> sample.users().forEach(user ->
                    tests.add(DynamicTest.dynamicTest(sample.path() + " as " + user, () -> fits(user, sample.path(), true)))));
        }
        SamplePage.errors().forEach(sample -> sample.users().forEach(user ->
                tests.add(DynamicTest.dynamicTest(sample.path() + " as " + user + " (error page)", () -> fits(user, sample.path(), false)))));
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> formsShowingTheirErrorsFitA320PixelScreen() {
        return Stream.of("/admin/areas", "/areas/stockport/framework/descriptor-sets/new", "/areas/stockport/venues/new",
                "/areas/stockport/people", "/areas/stockport/provision/offers/new", "/areas/stockport/provision/import",
                "/areas/stockport/provision/actions", "/areas/stockport/link-therapists").map(path -> DynamicTest.dynamicTest(path, () -> {
                    Page page = as("admin");
                    page.navigate(url(path));
                    page.waitForNavigation(() -> page.locator("main form[method=post] button[type=submit]").last().click());
                    assertThat(page.locator(".govuk-error-summary").count()).as(path).isPositive();
                    check(page, path + " with errors", true);
                }));
    }

    /** Error pages have the layout too, so they are checked by axe as well; only a mapped page must have exactly one h1. */
    private void fits(String user, String path, boolean mapped) {
        Page page = as(user);
        page.navigate(url(path));
        if (mapped) {
            assertThat(page.locator("h1").count()).as("one h1 on " + path).isEqualTo(1);
        }
        Browser.screenshot(page, WIDTH + "-" + user + path.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        check(page, path + " as " + user, true);
    }

    private static void check(Page page, String what, boolean axe) {
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) page.evaluate(MEASURE);
        int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
        int innerWidth = ((Number) measured.get("innerWidth")).intValue();
        int clientWidth = ((Number) measured.get("clientWidth")).intValue();
        assertThat(scrollWidth).as("%s is %dpx wide in a %dpx window; sticking out: %s", what, scrollWidth, innerWidth, measured.get("wide"))
                .isLessThanOrEqualTo(Math.min(innerWidth, clientWidth));
        assertThat((List<?>) measured.get("spilling")).as("%s: text spilling out of its box", what).isEmpty();
        if (axe) {
            assertThat(Browser.violations(page)).as("%s at %dpx", what, WIDTH).isEmpty();
        }
    }

    private Page as(String user) {
        BrowserContext context = contexts.computeIfAbsent(user, u -> {
            BrowserContext created = browser.chromium.newContext(new NewContextOptions().setViewportSize(WIDTH, 640));
            if (!SamplePage.ANONYMOUS.equals(u)) {
                Browser.signIn(created.newPage(), url(""), u);
            }
            return created;
        });
        return context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
    }

    /** The path patterns of every GET mapping of a page controller (not the API). */
    private Set<String> pageMappings() {
        Set<String> paths = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Class<?> type = method.getBeanType();
            boolean page = type.getPackageName().startsWith("org.strands")
                    && AnnotatedElementUtils.hasAnnotation(type, Controller.class)
                    && !AnnotatedElementUtils.hasAnnotation(type, RestController.class);
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (page && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                paths.addAll(info.getPatternValues());
            }
        });
        return paths;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
