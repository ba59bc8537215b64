package org.strands.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.strands.journey.FamilyAnswerLinks;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Formats;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/**
 * The follow-up as a family lives it: they opt in when they book a drop-in with the keyboard on a 320 px screen, the
 * service records the contact, six weeks later (the demo's clock moved on) a message arrives by email (GreenMail) with
 * nothing about the child, they answer with the keyboard alone, and their answer shows in the area's impact report; the
 * link then shows the kind page, and a family who stops their messages from the link gets no reminder.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "strands.follow-up.dispatch-every=1s"})
class FollowUpJourneyBrowserTests {

    static final String AREA = "follow-up-browser";
    static final Map<String, String> PART_2 = Map.of("confidence", "4", "daily-life", "4", "getting-help", "5", "change", "4");
    static final Pattern ANSWER_LINK = Pattern.compile("https?://\\S+/public/" + AREA + "/answers/[A-Za-z0-9_-]{43}");
    static final Pattern STOP_LINK = Pattern.compile("https?://\\S+/public/" + AREA + "/follow-up/stop/[A-Za-z0-9_-]{43}");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    FamilyAnswerLinks answerLinks;

    Browser browser;
    Area area;
    long session;

    @BeforeAll
    void open() {
        browser = new Browser();
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner", "commissioner");
        area = areas.find(AREA).orElseThrow();
        db.sql("insert into followup_settings (area_id, provider, email_from) values (?, 'SMTP', 'follow-up@" + AREA + ".example')")
                .param(area.id()).update();
        Api.Response made = Api.at(port).as("lead", "demo").post("/api/v1/areas/" + AREA + "/sessions", """
                {"title":"Chatter drop-in","settingRef":"106074","date":"%s","starts":"09:30","ends":"11:30","capacity":20,"walkIns":true,"weeks":1,
                 "leaders":["practitioner"]}""".formatted(LocalDate.now(Formats.LONDON).plusDays(1)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        session = made.json().get(0).get("id").asLong();
    }

    @AfterAll
    void close() {
        moveClock(0);
        browser.close();
    }

    @Test
    void aFamilyOptsInIsAskedSixWeeksLaterAnswersWithTheKeyboardAndIsHeardInTheImpactReport() throws Exception {
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url("/public/" + AREA + "/sessions/" + session));
            Browser.tabTo(page, "#name");
            page.keyboard().type("Robin Example");
            Browser.tabTo(page, "#email");
            page.keyboard().type("robin@example.org");
            Browser.tabTo(page, "#childAgeYears");
            page.keyboard().type("3");
            Browser.tabTo(page, "#concern");
            page.keyboard().type("Not talking yet");
            Browser.tabTo(page, "#followUpOptIn");
            page.keyboard().press("Space");
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL("**/public/" + AREA + "/booked");
        }
        recordContacts();
        // four more families who opted in, so that what they all say is no longer "fewer than 5"; one more who will stop
        for (String family : List.of("ash", "bo", "cy", "dee", "stopper")) {
            book(family + "@example.org");
        }
        recordContacts();
        assertThat(db.sql("select count(*) from followup where area_id = ?").param(area.id()).query(Long.class).single()).isEqualTo(6);

        moveClock(43);
        assertThat(mail.waitForIncomingEmail(Duration.ofSeconds(60).toMillis(), 6)).as("six messages arrived").isTrue();
        MimeMessage robin = to("robin@example.org").getFirst();
        String body = GreenMailUtil.getBody(robin);
        assertThat(body).contains(area.name()).doesNotContain("Not talking yet").doesNotContain("Robin");
        for (String family : List.of("ash", "bo", "cy", "dee")) {
            assertThat(answerLinks.answer(area, path(ANSWER_LINK, GreenMailUtil.getBody(to(family + "@example.org").getFirst()))
                    .replaceFirst(".*/", ""), PART_2)).isTrue();
        }
        assertThat(familyChange().get("suppressed").asBoolean()).as("four families are fewer than 5").isTrue();

        String answer = path(ANSWER_LINK, body);
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url(answer));
            assertThat(page.locator("main").textContent()).contains("How confident do you feel now");
            check(page);
            choose(page, "#q-confidence", 4);
            choose(page, "#q-daily-life", 3);
            choose(page, "#q-getting-help", 5);
            choose(page, "#q-change", 5);
            Browser.tabTo(page, "#q-anything-else");
            page.keyboard().type("She says ten words now");
            Browser.tabTo(page, "main form button[type=submit]");
            page.keyboard().press("Enter");
            page.waitForURL("**/answers/thank-you");
            check(page);

            page.navigate(url(answer));
            assertThat(page.locator("h1").textContent()).isEqualTo("This link cannot be used");
            check(page);
            // the kind page's offer of a new link, with the keyboard: the same answer whoever asks, and nothing sent after answering
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("main").textContent()).contains("a new one is on its way");
            check(page);
        }
        assertThat(db.sql("select count(*) from followup_message where area_id = ? and kind = 'FRESH_LINK'").param(area.id()).query(Long.class)
                .single()).as("no new link for a family who answered").isZero();
        assertThat(familyChange().get("suppressed").asBoolean()).as("five families heard").isFalse();
        assertThat(familyChange().get("value").asDouble()).isPositive();
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            Browser.signIn(page, url(""), "commissioner");
            page.navigate(url("/areas/" + AREA + "/impact"));
            Browser.screenshot(page, "follow-up-impact-1280");
            assertThat(Browser.violations(page)).isEmpty();
        }

        String stop = path(STOP_LINK, GreenMailUtil.getBody(to("stopper@example.org").getFirst()));
        try (BrowserContext context = browser.chromium.newContext(new NewContextOptions().setViewportSize(320, 800))) {
            Page page = context.newPage();
            page.navigate(url(stop));
            check(page);
            Browser.tabTo(page, "main form button[type=submit]");
            page.waitForNavigation(() -> page.keyboard().press("Enter"));
            assertThat(page.locator("main").textContent()).contains("no more messages");
            check(page);
        }
        moveClock(51);
        Thread.sleep(4000);
        assertThat(to("stopper@example.org")).as("no reminder after stopping").hasSize(1);
        assertThat(db.sql("""
                select m.status from followup_message m join followup f on f.id = m.followup_id
                where f.area_id = ? and m.kind = 'REMINDER' and f.status = 'WITHDRAWN'""").param(area.id()).query(String.class).list())
                .containsExactly("CANCELLED");
    }

    private void book(String email) {
        Api.Response booked = Api.at(port).post("/api/v1/public/areas/" + AREA + "/sessions/" + session + "/bookings", """
                {"name":"A family","email":"%s","childAgeYears":3,"concern":"Few words","followUpOptIn":true}""".formatted(email));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    }

    /** The practitioner records a contact for every family on the register who has none yet. */
    private void recordContacts() {
        Api practitioner = Api.at(port).as("practitioner", "demo");
        for (JsonNode entry : practitioner.get("/api/v1/areas/" + AREA + "/sessions/" + session + "/register").json()) {
            if (!"ATTENDED".equals(entry.get("attendance").asString())) {
                Api.Response recorded = practitioner.post("/api/v1/areas/" + AREA + "/contacts", """
                        {"sessionId":%d,"bookingId":"%s","contactOn":"%s","childAgeYears":3,"concerns":["TALKING"],"outcomes":["REASSURANCE"]}"""
                        .formatted(session, entry.get("id").asString(), LocalDate.now(Formats.LONDON)));
                assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            }
        }
    }

    private JsonNode familyChange() {
        return Api.at(port).as("commissioner", "demo").get("/api/v1/areas/" + AREA + "/impact?groupBy=level").json()
                .get("total").get("byDirection").get("ALL").get("impact").get("familyChange");
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void moveClock(int days) {
        Api.Response moved = Api.at(port).as("admin", "demo").post("/api/v1/admin/clock", "{\"offsetDays\":" + days + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private static String path(Pattern link, String body) {
        Matcher found = link.matcher(body.replace("=\r\n", "").replace("=\n", ""));
        assertThat(found.find()).as("a link in: " + body).isTrue();
        String url = found.group();
        return url.substring(url.indexOf("/public/"));
    }

    private static void choose(Page page, String firstRadio, int position) {
        Browser.tabTo(page, firstRadio);
        page.keyboard().press("Space");
        for (int i = 1; i < position; i++) {
            page.keyboard().press("ArrowDown");
        }
        String chosen = position == 1 ? firstRadio : firstRadio + "-" + position;
        assertThat(page.locator(chosen).isChecked()).as(chosen).isTrue();
    }

    private static void check(Page page) {
        assertThat(page.locator("h1").count()).isEqualTo(1);
        assertThat(Browser.violations(page)).isEmpty();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(320);
        Browser.screenshot(page, "follow-up-" + page.url().replaceAll(".*/public/[^/]+/", "").replaceAll("[^a-z0-9]+", "-") + "-320");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
