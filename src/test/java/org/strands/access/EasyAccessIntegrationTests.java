package org.strands.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.platform.Formats;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/**
 * A family finds and books a drop-in without an account, the service moves and cancels sessions, and a practitioner
 * records the contact: through the public and the area's API, on a real PostgreSQL.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EasyAccessIntegrationTests {

    static final String AREA = "access-test";
    static final String PUBLIC = "/api/v1/public/areas/" + AREA + "/sessions";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    ContactCipher cipher;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner", "commissioner");
    }

    @Test
    void aFamilyBooksAPlaceAndTheSessionCountsIt() {
        long id = schedule("Talking together", 6, 1, tomorrow()).get(0).get("id").asLong();
        Api family = Api.at(port);
        JsonNode listed = family.get(PUBLIC + "?postcode=sk1%203xe").json();
        JsonNode session = find(listed, id);
        assertThat(session.get("title").asString()).isEqualTo("Talking together");
        assertThat(session.get("remaining").asInt()).isEqualTo(6);
        assertThat(session.get("distanceKm").isNumber()).isTrue();
        Api.Response booked = family.post(PUBLIC + "/" + id + "/bookings", booking("Sam Family", "sam@example.org"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().get("id").asString()).hasSize(36);
        assertThat(find(family.get(PUBLIC).json(), id).get("remaining").asInt()).isEqualTo(5);
        byte[] stored = db.sql("select family_name from access_booking where id = ?::uuid").param(booked.json().get("id").asString())
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Sam Family");
        assertThat(cipher.open(stored)).isEqualTo("Sam Family");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstBookingAndAnotherRequestWithItIsRefused() {
        long id = schedule("Idempotent drop-in", 3, 1, tomorrow()).get(0).get("id").asLong();
        Api family = Api.at(port);
        Api.Response first = family.post(PUBLIC + "/" + id + "/bookings", booking("Ada", "ada@example.org"), "Idempotency-Key", "k-123");
        Api.Response again = family.post(PUBLIC + "/" + id + "/bookings", booking("Ada", "ada@example.org"), "Idempotency-Key", "k-123");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(find(family.get(PUBLIC).json(), id).get("remaining").asInt()).isEqualTo(2);
        Api.Response other = family.post(PUBLIC + "/" + id + "/bookings", booking("Bob", "bob@example.org"), "Idempotency-Key", "k-123");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("errors").get(0).get("column").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void aFullSessionIsAConflictAndConcurrentBookingsNeverExceedTheCapacity() throws Exception {
        long id = schedule("Busy drop-in", 20, 1, tomorrow()).get(0).get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            attempts.add(() -> Api.at(port).post(PUBLIC + "/" + id + "/bookings", booking("Family " + n, "f" + n + "@example.org")).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(attempts)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(20);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(180);
        assertThat(db.sql("select count(*) from access_booking where session_id = ?").param(id).query(Integer.class).single()).isEqualTo(20);
        assertThat(db.sql("select booked from access_session where id = ?").param(id).query(Integer.class).single()).isEqualTo(20);
        Api.Response full = Api.at(port).post(PUBLIC + "/" + id + "/bookings", booking("Late", "late@example.org"));
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.json().get("detail").asString()).contains("full");
    }

    @Test
    void badDetailsAreRefusedNamingTheFieldAndNothingIsStored() {
        long id = schedule("Careful drop-in", 5, 1, tomorrow()).get(0).get("id").asLong();
        Api family = Api.at(port);
        Api.Response bad = family.post(PUBLIC + "/" + id + "/bookings",
                "{\"name\":\"\",\"email\":\"not-an-address\",\"phone\":\"12345\",\"childAgeYears\":40,\"concern\":\"\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsString("column")).containsExactly("name", "email", "phone", "childAgeYears", "concern");
        Api.Response noWay = family.post(PUBLIC + "/" + id + "/bookings", "{\"name\":\"A\",\"childAgeYears\":3,\"concern\":\"x\"}");
        assertThat(noWay.json().get("errors").findValuesAsString("column")).containsExactly("email");
        Api.Response mobile = family.post(PUBLIC + "/" + id + "/bookings",
                "{\"name\":\"A\",\"phone\":\"+44 7700 900123\",\"childAgeYears\":3,\"concern\":\"x\"}");
        assertThat(mobile.status()).as(mobile.body()).isEqualTo(201);
        assertThat(db.sql("select count(*) from access_booking where session_id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(family.get(PUBLIC + "?postcode=NOT-A-POSTCODE").json().get("errors").get(0).get("column").asString()).isEqualTo("postcode");
        assertThat(family.get(PUBLIC + "?postcode=NOT-A-POSTCODE").status()).isEqualTo(422);
        assertThat(family.get("/api/v1/public/areas/nowhere/sessions").status()).isEqualTo(404);
    }

    @Test
    void aStartedOrCancelledSessionCannotBeBooked() {
        Api lead = Api.at(port).as("lead", "demo");
        long started = lead.post("/api/v1/areas/" + AREA + "/sessions", plan("Early drop-in", 5, 1, LocalDate.now(Formats.LONDON), "00:00", "23:59"))
                .json().get(0).get("id").asLong();
        Api.Response late = Api.at(port).post(PUBLIC + "/" + started + "/bookings", booking("A", "a@example.org"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("column").asString()).isEqualTo("session");
        long cancelled = schedule("Cancelled drop-in", 5, 1, tomorrow()).get(0).get("id").asLong();
        Api.at(port).post(PUBLIC + "/" + cancelled + "/bookings", booking("Booked Before", "before@example.org"));
        assertThat(lead.post("/api/v1/areas/" + AREA + "/sessions/" + cancelled + "/cancel", "{\"reason\":\"The hall is flooded\"}").status())
                .isEqualTo(200);
        Api.Response refused = Api.at(port).post(PUBLIC + "/" + cancelled + "/bookings", booking("B", "b@example.org"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("cancelled");
        assertThat(notices(cancelled, "CANCELLED")).singleElement().asString().contains("The hall is flooded");
    }

    @Test
    void movingASessionTellsTheFamiliesWhoBooked() {
        long id = schedule("Moving drop-in", 5, 1, tomorrow()).get(0).get("id").asLong();
        Api.at(port).post(PUBLIC + "/" + id + "/bookings", booking("Mo", "mo@example.org"));
        Api.Response moved = Api.at(port).as("lead", "demo").post("/api/v1/areas/" + AREA + "/sessions/" + id + "/move",
                "{\"date\":\"" + tomorrow().plusDays(1) + "\",\"starts\":\"13:00\",\"ends\":\"14:30\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(notices(id, "MOVED")).singleElement().asString().contains("13:00");
        Api.Response wrong = Api.at(port).as("lead", "demo").post("/api/v1/areas/" + AREA + "/sessions/" + id + "/move",
                "{\"date\":\"" + tomorrow() + "\",\"starts\":\"13:00\",\"ends\":\"12:00\"}");
        assertThat(wrong.json().get("errors").get(0).get("column").asString()).isEqualTo("ends");
    }

    @Test
    void theLinkInTheConfirmationCancelsOnlyWhenTheFamilyPressesTheButton() {
        long id = schedule("Cancelable drop-in", 2, 1, tomorrow()).get(0).get("id").asLong();
        Api.at(port).post(PUBLIC + "/" + id + "/bookings", booking("Cy", "cy@example.org"));
        String message = notices(id, "BOOKED").getFirst();
        String link = message.substring(message.indexOf("http")).split("\\s")[0];
        String path = link.substring(link.indexOf("/public/"));
        Api.Response opened = Api.at(port).get(path, "text/html");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("Cancel my booking");
        assertThat(find(Api.at(port).get(PUBLIC).json(), id).get("remaining").asInt()).isEqualTo(1); // opening cancels nothing
        org.strands.support.FormSession browser = new org.strands.support.FormSession(port);
        String csrf = browser.csrfToken(path);
        assertThat(browser.post(path, "_csrf", csrf).body()).contains("Your booking is cancelled");
        assertThat(find(Api.at(port).get(PUBLIC).json(), id).get("remaining").asInt()).isEqualTo(2);
        assertThat(browser.post(path, "_csrf", csrf).body()).contains("This link cannot be used");
        assertThat(Api.at(port).get("/public/" + AREA + "/cancel/" + "x".repeat(43), "text/html").body()).contains("This link cannot be used");
    }

    @Test
    void aPractitionerRecordsTheContactOfAFamilyWhoCame() {
        long id = schedule("Contact drop-in", 4, 1, tomorrow()).get(0).get("id").asLong();
        String booking = Api.at(port).post(PUBLIC + "/" + id + "/bookings", booking("Di", "di@example.org")).json().get("id").asString();
        Api practitioner = Api.at(port).as("practitioner", "demo");
        JsonNode register = practitioner.get("/api/v1/areas/" + AREA + "/sessions/" + id + "/register").json();
        assertThat(register.get(0).get("familyName").asString()).isEqualTo("Di");
        assertThat(Api.at(port).as("commissioner", "demo").get("/api/v1/areas/" + AREA + "/sessions/" + id + "/register").status()).isEqualTo(403);
        long offer = Api.at(port).as("lead", "demo").post("/api/v1/areas/" + AREA + "/provision/offers", """
                {"partner":"Library service","partnerType":"OTHER","name":"Chatter Tots","outcomes":["FS2"],"entry":"PROVISION",
                 "status":"CURRENT"}""").json().get("id").asLong();
        Api.Response recorded = practitioner.post("/api/v1/areas/" + AREA + "/contacts", """
                {"sessionId":%d,"bookingId":"%s","contactOn":"%s","childAgeYears":3,"settingRef":"106074",
                 "concerns":["TALKING","UNDERSTANDING"],"advice":"Books and talk at bath time","outcomes":["REASSURANCE","COMMUNITY"],
                 "offerIds":[%d]}""".formatted(id, booking, LocalDate.now(Formats.LONDON), offer));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(practitioner.get("/api/v1/areas/" + AREA + "/sessions/" + id + "/register").json().get(0).get("attendance").asString())
                .isEqualTo("ATTENDED");
        Api.Response twice = practitioner.post("/api/v1/areas/" + AREA + "/contacts", """
                {"sessionId":%d,"bookingId":"%s","contactOn":"%s","outcomes":["REASSURANCE"]}""".formatted(id, booking,
                LocalDate.now(Formats.LONDON)));
        assertThat(twice.json().get("errors").get(0).get("column").asString()).isEqualTo("bookingId");
        Api.Response incomplete = practitioner.post("/api/v1/areas/" + AREA + "/contacts", """
                {"route":"ADVICE_LINE","contactOn":"%s","outcomes":[],"offerIds":[999999]}""".formatted(LocalDate.now(Formats.LONDON).plusDays(1)));
        assertThat(incomplete.json().get("errors").findValuesAsString("column")).containsExactly("contactOn", "outcomes", "offerIds");
        assertThat(db.sql("select count(*) from audit_event where subject_type = 'session register' and subject_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void sessionsShowOnTheirSettingsPageAndAsAnOpenAccessOfferOnTheMap() {
        Api lead = Api.at(port).as("lead", "demo");
        String ref = lead.get("/api/v1/areas/" + AREA + "/settings?phase=Primary").json().get(3).get("ref").asString();
        Api.Response made = lead.post("/api/v1/areas/" + AREA + "/sessions", plan("Mapped drop-in", 7, 2, tomorrow(), "09:30", "11:30")
                .replace("106074", ref));
        long id = made.json().get(0).get("id").asLong();
        assertThat(lead.get("/areas/" + AREA + "/settings/" + ref, "text/html").body()).contains("Mapped drop-in", "/sessions/" + id);
        JsonNode offer = null;
        for (JsonNode o : lead.get("/api/v1/areas/" + AREA + "/provision/offers").json()) {
            if (o.get("name").asString().equals("Easy-access drop-ins")) {
                offer = o;
            }
        }
        assertThat(offer).isNotNull();
        assertThat(offer.get("accessRoute").asString()).isEqualTo("OPEN_ACCESS");
        assertThat(offer.get("settingRefs").toString()).contains("106074", ref);
        assertThat(offer.get("outcomes").toString()).contains("FS2", "ID2");
        assertThat(offer.get("annualCapacity").asInt()).isGreaterThanOrEqualTo(14);
    }

    @Test
    void aPractitionerLinkedToALinkTherapistSeesTheirSettingsAndSessions() {
        schedule("My own drop-in", 3, 1, tomorrow());
        Api practitioner = Api.at(port).as("practitioner", "demo");
        String page = practitioner.get("/areas/" + AREA + "/my-work", "text/html").body();
        assertThat(page).contains("My own drop-in").contains("not linked to a link therapist");
    }

    @Test
    void aContactThatInvitesFurtherEnquiryShowsInTheLeadsWaitingListWaitingTimesAndClocks() {
        Api lead = Api.at(port).as("lead", "demo");
        Api practitioner = Api.at(port).as("practitioner", "demo");
        LocalDate today = LocalDate.now(Formats.LONDON);
        String waits = "/api/v1/areas/" + AREA + "/waiting-times?from=" + today.minusDays(30) + "&to=" + today;
        long before = lead.get(waits).json().get("byRoute").get("EASY_ACCESS").get("firstAdvice").get("n").asLong();
        long id = schedule("Waits drop-in", 3, 1, tomorrow()).get(0).get("id").asLong();
        String booking = Api.at(port).post(PUBLIC + "/" + id + "/bookings", booking("Ed", "ed@example.org")).json().get("id").asString();
        Api.Response recorded = practitioner.post("/api/v1/areas/" + AREA + "/contacts", """
                {"sessionId":%d,"bookingId":"%s","contactOn":"%s","childAgeYears":4,"settingRef":"106074","concerns":["SPEECH_SOUNDS"],
                 "outcomes":["FURTHER_ENQUIRY"]}""".formatted(id, booking, today));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long contact = recorded.json().get("id").asLong();
        JsonNode request = null;
        for (JsonNode r : lead.get("/api/v1/areas/" + AREA + "/requests?route=EASY_ACCESS").json().get("requests")) {
            if (r.hasNonNull("contactId") && r.get("contactId").asLong() == contact) {
                request = r;
            }
        }
        assertThat(request).as("the request the contact opened").isNotNull();
        assertThat(request.get("firstAdviceOn").asString()).isEqualTo(today.toString());
        assertThat(lead.get(waits).json().get("byRoute").get("EASY_ACCESS").get("firstAdvice").get("n").asLong()).isEqualTo(before + 1);
        Api.Response clock = lead.post("/api/v1/areas/" + AREA + "/statutory", """
                {"kind":"EHC_ADVICE","childRef":"C-77001","startedOn":"%s"}""".formatted(today.minusDays(40)));
        assertThat(clock.status()).as(clock.body()).isEqualTo(201);
        assertThat(lead.get("/api/v1/areas/" + AREA + "/statutory?status=due").json().get("clocks").valueStream()
                .map(c -> c.get("childRef").asString()).toList()).contains("C-77001");
    }

    private List<String> notices(long sessionId, String kind) {
        return db.sql("select n.body from access_notice n join access_booking b on b.id = n.booking_id where b.session_id = ? and n.kind = ?")
                .params(sessionId, kind).query(byte[].class).list().stream().map(cipher::open).toList();
    }

    private JsonNode schedule(String title, int capacity, int weeks, LocalDate day) {
        Api.Response made = Api.at(port).as("lead", "demo").post("/api/v1/areas/" + AREA + "/sessions",
                plan(title, capacity, weeks, day, "09:30", "11:30"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json();
    }

    private static String plan(String title, int capacity, int weeks, LocalDate day, String starts, String ends) {
        return """
                {"title":"%s","settingRef":"106074","date":"%s","starts":"%s","ends":"%s","capacity":%d,"walkIns":true,"weeks":%d,
                 "leaders":["practitioner"]}""".formatted(title, day, starts, ends, capacity, weeks);
    }

    private static String booking(String name, String email) {
        return """
                {"name":"%s","email":"%s","childAgeYears":3,"concern":"She has few words","followUpOptIn":true}""".formatted(name, email);
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(Formats.LONDON).plusDays(1);
    }

    private static JsonNode find(JsonNode sessions, long id) {
        for (JsonNode s : sessions) {
            if (s.get("id").asLong() == id) {
                return s;
            }
        }
        throw new AssertionError("Session " + id + " is not listed: " + sessions);
    }
}
