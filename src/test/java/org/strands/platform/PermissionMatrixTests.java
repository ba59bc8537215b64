package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strands.framework.OutcomeCode;
import org.strands.support.Api;
import org.strands.support.AwaitJob;
import org.strands.support.DataTest;
import org.strands.support.TestAreas;

/**
 * The permission table held against every request mapping: each is called as every role of the demo area,
 * as every role of another area and anonymously, and each answer is compared with what the table and the
 * handler's declaration say. Callers who may not do something send a well-formed request with real ids, so
 * that a missing check would show as a change; callers who may send one that fails its own validation, so
 * that nothing changes. The data must be the same afterwards.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTests {

    static final String AREA = "stockport";
    static final String OTHER_AREA = "matrix-elsewhere";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    PermissionTable table;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    ContactCipher cipher;

    final List<MatrixCaller> callers = new ArrayList<>();
    final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    void signInEveryCaller() {
        Api admin = Api.at(port).as("admin", "demo");
        TestAreas.copyOfStockport(port, people, areas, OTHER_AREA);
        long stockport = areas.find(AREA).orElseThrow().id();
        long elsewhere = areas.find(OTHER_AREA).orElseThrow().id();
        people.ensure("matrix-admin", "Area administrator only", "demo", false);
        people.grant("matrix-admin", stockport, Role.ADMIN);
        callers.add(MatrixCaller.signedIn(port, "the system administrator", "admin", null, true, true));
        for (Role role : Role.values()) {
            String username = role == Role.ADMIN ? "matrix-admin" : DemoAccounts.ROLES.entrySet().stream()
                    .filter(e -> e.getValue() == role).findFirst().orElseThrow().getKey();
            callers.add(MatrixCaller.signedIn(port, role.label() + " of Stockport", username, role, true, false));
        }
        for (Role role : Role.values()) {
            String username = "elsewhere-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            people.ensure(username, role.label() + " elsewhere", "demo", false);
            people.grant(username, elsewhere, role);
            callers.add(MatrixCaller.signedIn(port, role.label() + " of another area", username, role, false, false));
        }
        callers.add(MatrixCaller.anonymous(port));

        values.put("area", AREA);
        // the demo senco's school: its staff and its mentor reach it in the schools and settings scheme as well
        values.put("ref", db.sql("select setting_ref from accreditation_staff where area_id = ? and username = 'senco' limit 1")
                .param(stockport).query(String.class).single());
        // accreditation: review
        values.put("strand", "family-support");
        // accreditation: area (the API's {urn} is scoped to who sees the setting, so it is the senco's school)
        values.put("urn", values.get("ref"));
        values.put("cohorts/{id}", db.sql("select id::text from accreditation_cohort where area_id = ? and name = '2027 schools and settings'")
                .param(stockport).query(String.class).single());
        values.put("enrolment", db.sql("select id::text from accreditation_enrolment where area_id = ? and setting_ref = ? order by id desc limit 1")
                .param(stockport).param(values.get("ref")).query(String.class).single());
        values.put("criteria/{id}", db.sql("select id::text from accreditation_criteria_set where area_id = ? order by version limit 1")
                .param(stockport).query(String.class).single());
        values.put("code", OutcomeCode.ALL.getFirst().code());
        values.put("username", "practitioner");
        values.put("dataset", "gias");
        values.put("offers/{id}", admin.get("/api/v1/areas/stockport/provision/offers").json().get(0).get("id").asString());
        values.put("team/{id}", admin.get("/api/v1/areas/stockport/link-therapists/team").json().get(0).get("id").asString());
        String locality = admin.get("/api/v1/areas/stockport/localities").json().get(0).get("name").asString();
        Api.Response action = admin.post("/api/v1/areas/stockport/provision/actions", "{\"title\":\"Held by the permission matrix\","
                + "\"outcomes\":[\"FS1\"],\"localities\":[\"" + locality + "\"],\"owner\":\"Alex Admin\",\"dueOn\":\"2030-01-31\"}");
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        values.put("actions/{id}", action.json().get("id").asString());
        // a finished job of the area's and a failed national one (a file that is not the dataset changes nothing); the
        // solve has time to find a plan on a busy machine, so that the last solve is there to read
        values.put("jobs/{id}", AwaitJob.finished(admin, admin.post("/api/v1/areas/stockport/link-therapists/solve",
                "{\"seconds\":10}")).get("id").asString());
        values.put("group", "all");
        values.put("sessions/{id}", admin.get("/api/v1/areas/stockport/sessions").json().get(0).get("id").asString());
        values.put("booking", java.util.UUID.randomUUID().toString());
        values.put("token", "x".repeat(43));
        values.put("requests/{id}", admin.get("/api/v1/areas/stockport/requests").json().get("requests").get(0).get("id").asString());
        values.put("statutory/{id}", admin.get("/api/v1/areas/stockport/statutory").json().get("clocks").get(0).get("id").asString());
        // a child on the demo practitioner's caseload with an open journey, so that the practitioner sees it too
        tools.jackson.databind.JsonNode child = java.util.stream.StreamSupport.stream(Api.at(port).as("practitioner", "demo")
                .get("/api/v1/areas/stockport/children").json().get("children").spliterator(), false)
                .filter(c -> !c.get("openJourneyId").isNull() && "practitioner".equals(c.get("lead").asString())).findFirst().orElseThrow();
        values.put("children/{id}", child.get("id").asString());
        values.put("journeys/{id}", child.get("openJourneyId").asString());
        // an entry of Stockport's directory (made from one of its offers), as families and its curators open it
        String entry = db.sql("select id::text from directory_entry where area_id = ? and status = 'PUBLISHED' order by name limit 1").param(stockport)
                .query(String.class).single();
        values.put("support/{id}", entry);
        values.put("directory/{id}", entry);
        values.put("feedback/{id}", db.sql("select id::text from directory_feedback where area_id = ? order by created_at limit 1").param(stockport)
                .query(String.class).single());
        values.put("tokens/{id}", admin.post("/api/v1/me/tokens", "{\"name\":\"matrix\"}").json().get("id").asString());
        // a synthetic child whose journey the demo practitioner leads, and an easy-access contact as journey knows it
        values.put("children/{childId}", String.valueOf(org.strands.support.FamilyAnswerSamples.childWithJourney(db, stockport,
                "MATRIX-CHILD", "practitioner")));
        values.put("contacts/{contactId}", String.valueOf(org.strands.support.FamilyAnswerSamples.contact(db, stockport)));
        values.put("measures/{id}", admin.post("/api/v1/areas/stockport/impact/measures", "{\"outcome\":\"IN3\",\"measure\":\"Held by the permission matrix\"}")
                .json().get("id").asString());
        // a follow-up of Stockport's (its messages stopped only by a caller who may, and they send an id that is not one)
        values.put("follow-ups/{id}", String.valueOf(org.strands.support.FollowUpSamples.followUp(db, cipher, stockport, "matrix@example.org",
                "EASY_ACCESS", locality, "DUE", java.time.Instant.now().plus(java.time.Duration.ofDays(3)))));
        // the directory's Open Referral feed: a service, a place it is given at, a taxonomy and a term, as the feed lists them
        for (String list : List.of("services", "service_at_locations", "taxonomies", "taxonomy_terms")) {
            values.put(list + "/{id}", Api.at(port).get("/oruk/" + list + "?area=" + AREA).json().get("contents").get(0).get("id").asString());
        }
        // accreditation: setting staff
        values.put("strands/{strand}", "family-support");
        values.put("evidence/{id}", "1");
        values.put("admin/jobs/{id}", AwaitJob.finished(admin, admin.upload("/api/v1/admin/reference-data/gias", "gias.csv",
                "not,the,gias,file\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))).get("id").asString());
    }

    @Test
    void everyRequestMappingAnswersEveryCallerAsThePermissionTableSays() {
        Map<String, String> before = fingerprint();
        List<String> mismatches = new ArrayList<>();
        Set<RequestMappingInfo> covered = new java.util.HashSet<>();
        Map<RequestMappingInfo, HandlerMethod> registered = handlerMapping.getHandlerMethods();
        registered.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString())).forEach(entry -> {
            MatrixRequest request = MatrixRequest.of(entry.getKey(), entry.getValue(), values);
            for (MatrixCaller caller : callers) {
                Expected expected = expected(request, caller);
                MatrixCaller.Answer answer = caller.call(request, expected == Expected.ALLOWED);
                if (!expected.matches(answer, request)) {
                    mismatches.add(request.verb() + " " + request.path() + " as " + caller.label() + ": expected "
                            + expected.text + ", got " + answer.status() + answer.location().map(l -> " to " + l).orElse(""));
                }
            }
            covered.add(entry.getKey());
        });
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " answers differ from the permission table:\n" + String.join("\n", mismatches));
        }
        assertThat(covered).hasSize(registered.size());
        assertThat(fingerprint()).as("the data after every call of the matrix").isEqualTo(before);
    }

    /** Who may do what, agreed: changing it is a decision, so it changes this test too. */
    @Test
    void thePermissionTableSaysWhoMayDoWhat() {
        Map<String, Set<Role>> agreed = Map.ofEntries(
                Map.entry("area.read", Set.of(Role.values())),
                Map.entry("people.manage", Set.of(Role.ADMIN)),
                Map.entry("framework.descriptor-sets", Set.of(Role.ADMIN)),
                Map.entry("place.edit", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD)),
                Map.entry("place.reference-data", Set.of()),
                Map.entry("place.create-areas", Set.of()),
                Map.entry("provision.edit", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD)),
                Map.entry("need.model", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD)),
                Map.entry("linking.place", Set.of(Role.ADMIN, Role.SERVICE_LEAD)),
                Map.entry("access.schedule", Set.of(Role.ADMIN, Role.SERVICE_LEAD)),
                Map.entry("access.record", Set.of(Role.ADMIN, Role.SERVICE_LEAD, Role.PRACTITIONER)),
                Map.entry("access.report", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD, Role.PRACTITIONER)),
                Map.entry("journey.record", Set.of(Role.SERVICE_LEAD, Role.PRACTITIONER)),
                Map.entry("journey.configure", Set.of(Role.ADMIN, Role.SERVICE_LEAD)),
                Map.entry("impact.report", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD, Role.PRACTITIONER)),
                Map.entry("impact.measures", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD)),
                Map.entry("followup.see", Set.of(Role.ADMIN, Role.SERVICE_LEAD, Role.PRACTITIONER)),
                Map.entry("followup.configure", Set.of(Role.ADMIN, Role.SERVICE_LEAD)),
                Map.entry("directory.curate", Set.of(Role.COMMISSIONER, Role.SERVICE_LEAD, Role.ADMIN)),
                Map.entry("accreditation.see", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD, Role.SETTING_STAFF, Role.MENTOR)),
                Map.entry("accreditation.self-evaluate", Set.of(Role.SETTING_STAFF)),
                Map.entry("accreditation.review", Set.of(Role.MENTOR)),
                Map.entry("accreditation.decide", Set.of(Role.ADMIN, Role.COMMISSIONER)),
                Map.entry("accreditation.run", Set.of(Role.ADMIN, Role.COMMISSIONER)),
                Map.entry("accreditation.report", Set.of(Role.ADMIN, Role.COMMISSIONER, Role.SERVICE_LEAD)),
                Map.entry("jobs.national", Set.of()),
                Map.entry("clock.move", Set.of()));
        assertThat(table.all().stream().collect(java.util.stream.Collectors.toMap(Permission::key, Permission::roles)))
                .isEqualTo(agreed);
        assertThat(table.all()).allSatisfy(p -> assertThat(p.description()).doesNotContain(".", "_").isLowerCase());
    }

    /** A handler that changes something needs more than reading the area; the what-if allocation stores nothing. */
    @Test
    void nothingThatChangesDataIsAllowedToEveryoneWhoMayReadTheArea() {
        List<String> readOnlyUnsafe = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            Requires requires = handler.getMethodAnnotation(Requires.class);
            boolean unsafe = info.getMethodsCondition().getMethods().stream().anyMatch(m -> !m.name().equals("GET"));
            if (unsafe && requires != null && requires.value().equals(PlatformPermissions.READ_AREA)) {
                readOnlyUnsafe.add(info.getMethodsCondition().getMethods() + " " + info.getPatternValues());
            }
        });
        assertThat(readOnlyUnsafe).containsExactly("[POST] [/api/v1/areas/{area}/workforce/allocation]");
    }

    @Test
    void aMemberWithoutThePermissionIsToldInPlainWordsWhatTheyNeed() {
        MatrixCaller mentor = callers.stream().filter(c -> c.label().equals("Mentor of Stockport")).findFirst().orElseThrow();
        String expected = "You need permission to change provision in Stockport. Ask an area administrator.";

        Api.Response api = Api.at(port).as("mentor", "demo").post("/api/v1/areas/stockport/provision/offers", "{}");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.json().get("detail").asString()).isEqualTo(expected);

        MatrixCaller.Answer page = mentor.call(MatrixRequest.page("POST", "/areas/stockport/provision/offers"), false);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains(expected).doesNotContain("COMMISSIONER", "SERVICE_LEAD", "ADMIN", "provision.edit");

        Api.Response system = Api.at(port).as("lead", "demo").get("/api/v1/admin/reference-data");
        assertThat(system.status()).isEqualTo(403);
        assertThat(system.json().get("detail").asString())
                .isEqualTo("You need permission to load national reference data. Ask a system administrator.");
    }

    @Test
    void pagesShowOnlyWhatThePersonMayDo() {
        MatrixCaller practitioner = callers.stream().filter(c -> c.label().equals("Practitioner of Stockport")).findFirst().orElseThrow();
        MatrixCaller lead = callers.stream().filter(c -> c.label().equals("Service lead of Stockport")).findFirst().orElseThrow();
        MatrixCaller areaAdmin = callers.stream().filter(c -> c.label().equals("Area administrator of Stockport")).findFirst().orElseThrow();
        MatrixRequest offers = MatrixRequest.page("GET", "/areas/stockport/provision/offers");
        assertThat(practitioner.call(offers, true).body()).doesNotContain("Record an offer").doesNotContain("/people\"");
        assertThat(lead.call(offers, true).body()).contains("Record an offer").doesNotContain("/areas/stockport/people\"");
        assertThat(areaAdmin.call(offers, true).body()).contains("Record an offer", "/areas/stockport/people\"");
        MatrixRequest links = MatrixRequest.page("GET", "/areas/stockport/link-therapists");
        assertThat(practitioner.call(links, true).body()).doesNotContain("/link-therapists/solve");
        assertThat(lead.call(links, true).body()).contains("/link-therapists/solve");
    }

    /**
     * Public handlers that take a bearer token of their own (GOV.UK Notify's receipts carry the token the area gave it):
     * no caller of the matrix has it, so every one is refused with 401 before anything is read.
     */
    static final Set<String> OWN_BEARER = Set.of("/api/v1/public/areas/stockport/follow-ups/notify-receipts");

    private Expected expected(MatrixRequest request, MatrixCaller caller) {
        if (request.declared() == MatrixRequest.Declared.PUBLIC && OWN_BEARER.contains(request.path())) {
            return Expected.SIGN_IN;
        }
        return switch (request.declared()) {
            case LIBRARY, PUBLIC -> Expected.ALLOWED;
            case SIGNED_IN -> caller.anonymous() ? Expected.SIGN_IN : Expected.ALLOWED;
            case UNDECLARED -> Expected.NOTHING;
            case REQUIRES -> {
                Permission permission = table.get(request.permission());
                if (caller.anonymous()) {
                    yield Expected.SIGN_IN;
                } else if (caller.systemAdmin()) {
                    yield Expected.ALLOWED;
                } else if (!request.inArea()) {
                    yield Expected.FORBIDDEN;
                } else if (!caller.memberOfTheArea()) {
                    yield Expected.NOT_FOUND;
                }
                yield permission.roles().contains(caller.role()) ? Expected.ALLOWED : Expected.FORBIDDEN;
            }
        };
    }

    /** Each table's rows as a count and a hash, leaving out the audit log and what only signing in changes. */
    private Map<String, String> fingerprint() {
        Map<String, String> result = new java.util.TreeMap<>();
        Set<String> tables = new TreeSet<>(db.sql("select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE'").query(String.class).list());
        tables.removeIf(t -> t.equals("audit_event") || t.startsWith("flyway") || t.startsWith("spring_session")
                || t.startsWith("event_publication") || t.equals("scheduled_tasks"));
        for (String t : tables) {
            result.put(t, db.sql("select count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) from \"" + t + "\" x")
                    .query(String.class).single());
        }
        return result;
    }

    enum Expected {
        ALLOWED("an answer that lets them (not 401, 403, 404, a sign-in redirect or a server error)"),
        FORBIDDEN("403"),
        NOT_FOUND("404"),
        SIGN_IN("401 for the API or a redirect to sign in for a page"),
        NOTHING("a declared permission");

        final String text;

        Expected(String text) {
            this.text = text;
        }

        boolean matches(MatrixCaller.Answer answer, MatrixRequest request) {
            int status = answer.status();
            boolean toSignIn = status == 302 && answer.location().filter(l -> l.contains("/sign-in")).isPresent();
            return switch (this) {
                case ALLOWED -> !toSignIn && status != 401 && status != 403
                        && (status != 404 || request.poisonedPath().contains(MatrixRequest.MISSING.get("username")))
                        && (status < 500 || request.declared() == MatrixRequest.Declared.LIBRARY);
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                case SIGN_IN -> request.path().startsWith("/api/") ? status == 401 : toSignIn;
                case NOTHING -> false;
            };
        }
    }
}
