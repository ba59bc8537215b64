package org.strands.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/**
 * The area's view of the scheme on the demo (statuses, primaries accredited, time in the scheme, overdue reviews and
 * renewals, the weakest criteria), its exports, and running the scheme through the pages in an area of its own: opening a
 * cohort and bringing settings in (mistakes said beside their fields), tying staff, and loading criteria all or nothing.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemeDashboardIntegrationTests {

    static final String TEST_AREA = "scheme-area-test";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    SchemeDashboard dashboard;

    @Autowired
    AreaRegistry areas;

    @Autowired
    People people;

    @Autowired
    AreaPlaces places;

    @Autowired
    Enrolments enrolments;

    @Autowired
    SettingStaff staff;

    @Autowired
    SchemeCriteria criteria;

    @Autowired
    JdbcClient db;

    Area stockport;

    @BeforeAll
    void areas() {
        stockport = areas.find("stockport").orElseThrow();
        TestAreas.copyOfStockport(port, people, areas, TEST_AREA, "commissioner", "mentor", "senco");
    }

    @Test
    void theDemoSchemeIsCountedByStatusWithItsPrimariesAccreditedAndItsWeakestCriteria() {
        SchemeDashboard.Figures figures = dashboard.figures(stockport, SchemeDashboard.Filter.NONE);
        Map<SchemeStatus, Long> stored = enrolments.current(stockport).stream()
                .collect(Collectors.groupingBy(Enrolment::status, Collectors.counting()));
        for (SchemeStatus s : SchemeStatus.values()) {
            assertThat(figures.byStatus().get(s).longValue()).as(s.label()).isEqualTo(stored.getOrDefault(s, 0L));
        }
        // other tests may add journeys of their own to Stockport: the demo's are there at least
        assertThat(figures.byStatus().get(SchemeStatus.CENTRE_OF_EXCELLENCE)).isGreaterThanOrEqualTo(1);
        assertThat(figures.byStatus().get(SchemeStatus.ACCREDITED)).as("the pilot's school and the 2027 one").isGreaterThanOrEqualTo(2);

        List<Setting> primaries = places.settings(stockport, AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> !s.venue() && "Primary".equals(s.phase())).toList();
        assertThat(figures.primaries()).isEqualTo(primaries.size()).isGreaterThan(8);
        List<String> primaryRefs = primaries.stream().map(Setting::ref).toList();
        long awarded = db.sql("""
                select distinct setting_ref from accreditation_enrolment where area_id = ? and status in ('ACCREDITED', 'CENTRE_OF_EXCELLENCE')
                and expires_on >= current_date""").param(stockport.id()).query(String.class).list().stream().filter(primaryRefs::contains).count();
        assertThat(figures.primariesAwarded()).as("every primary school with an award in date, the demo's three at least")
                .isEqualTo((int) awarded).isGreaterThanOrEqualTo(3);
        assertThat(figures.primarySharePercent()).isEqualTo((int) Math.round(100.0 * awarded / primaries.size()));

        long cohort = db.sql("select id from accreditation_cohort where area_id = ? and name = '2027 schools and settings'")
                .param(stockport.id()).query(Long.class).single();
        SchemeDashboard.Figures inCohort = dashboard.figures(stockport, new SchemeDashboard.Filter(cohort, null, null));
        assertThat(inCohort.rows()).hasSize(7);
        assertThat(inCohort.time()).as("2, 5 and 11 months; 13; 20").isEqualTo(new SchemeDashboard.TimeInScheme(3, 1, 1));
        assertThat(dashboard.figures(stockport, new SchemeDashboard.Filter(null, "Nursery", null)).rows())
                .allSatisfy(r -> assertThat(r.phase()).isEqualTo("Nursery")).isNotEmpty();

        // what to train next: the identification strand, rated lowest in the demo, weakest first
        assertThat(figures.weakest().subList(0, 6)).allSatisfy(c -> assertThat(c.code()).startsWith("ID"));
        assertThat(figures.weakest().getFirst().settings()).isGreaterThanOrEqualTo(5);
        assertThat(figures.weakest()).isSortedAccordingTo(java.util.Comparator.comparingDouble(SchemeDashboard.CriterionScore::average));

        // the pilot's award is due for renewal within 90 days
        assertThat(figures.renewals()).anySatisfy(o -> {
            assertThat(o.journey().cohort()).isEqualTo("2024 pilot");
            assertThat(o.lapsed()).isFalse();
        });
    }

    @Test
    void aSelfEvaluationWithTheMentorForMoreThanThirtyDaysIsOverdue() {
        Enrolment inReview = enrolments.current(stockport).stream().filter(e -> e.status() == SchemeStatus.IN_REVIEW).findFirst().orElseThrow();
        assertThat(dashboard.figures(stockport, SchemeDashboard.Filter.NONE).overdueReviews()).noneMatch(o -> o.journey().id() == inReview.id());
        db.sql("update accreditation_enrolment set status_changed_at = now() - interval '40 days' where id = ?").param(inReview.id()).update();
        try {
            assertThat(dashboard.figures(stockport, SchemeDashboard.Filter.NONE).overdueReviews())
                    .anySatisfy(o -> {
                        assertThat(o.journey().id()).isEqualTo(inReview.id());
                        assertThat(o.days()).isBetween(39L, 41L);
                    });
            String page = signedIn("commissioner").get("/areas/stockport/scheme").body();
            assertThat(page).contains(inReview.setting()).contains("with Morgan").containsAnyOf("for 40 days", "for 39 days");
        } finally {
            db.sql("update accreditation_enrolment set status_changed_at = ? where id = ?").param(inReview.statusChangedAt()).param(inReview.id()).update();
        }
    }

    @Test
    void theDashboardPageShowsTheFiguresAndTheExportsHoldEverySetting() throws Exception {
        FormSession commissioner = signedIn("commissioner");
        HttpResponse<String> page = commissioner.get("/areas/stockport/scheme");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Schools and settings scheme", "Primary schools accredited", "What to train next", "ID1.1",
                "/areas/stockport/scheme/settings/");
        assertThat(page.body()).doesNotContain("CENTRE_OF_EXCELLENCE", "IN_REVIEW");

        Api api = Api.at(port).as("commissioner", "demo");
        int journeys = enrolments.current(stockport).size();
        String csv = new String(api.getBytes("/api/v1/areas/stockport/accreditation/export.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv))
                .getRecords();
        assertThat(records).hasSize(journeys);
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("Status")).isEqualTo("Centre of Excellence");
            assertThat(r.get("Cohort")).isEqualTo("2027 schools and settings");
            assertThat(r.get("Average score (0 not yet to 3 embedded)")).isEqualTo("3");
        });
        assertThat(SchemeExports.guarded("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SchemeExports.guarded("@SUM(A1)")).startsWith("'");
        assertThat(SchemeExports.guarded("-1.5")).isEqualTo("-1.5");

        byte[] xlsx = api.getBytes("/api/v1/areas/stockport/accreditation/export.xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> settings = workbook.getSheet(0).orElseThrow().read();
            assertThat(settings).hasSize(journeys + 1);
            assertThat(settings.getFirst().getCellText(0)).isEqualTo("School or setting");
            List<Row> criteriaRows = workbook.getSheet(1).orElseThrow().read();
            assertThat(workbook.getSheet(1).orElseThrow().getName()).isEqualTo("Criteria");
            assertThat(criteriaRows.get(1).getCellText(0)).startsWith("ID");
        }
    }

    @Test
    void aCohortIsOpenedAndSettingsBroughtInThroughThePagesWithMistakesBesideTheirFields() {
        Area area = areas.find(TEST_AREA).orElseThrow();
        FormSession commissioner = signedIn("commissioner");
        String base = "/areas/" + TEST_AREA + "/scheme/cohorts";
        String token = csrf(commissioner, base + "/new");

        HttpResponse<String> refused = commissioner.post(base + "/new", "_csrf", token, "name", "", "startsOnDay", "31", "startsOnMonth", "13",
                "startsOnYear", "2027");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"name-error\"", "id=\"startsOn-error\"", "value=\"31\"");

        HttpResponse<String> opened = commissioner.post(base + "/new", "_csrf", token, "name", "2028 schools and settings", "startsOnDay", "1",
                "startsOnMonth", "9", "startsOnYear", "2028");
        assertThat(opened.statusCode()).isEqualTo(302);
        String cohortPath = opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(cohortPath).matches(".*/scheme/cohorts/\\d+");

        List<Setting> primaries = places.settings(area, AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> !s.venue() && "Primary".equals(s.phase())).sorted(java.util.Comparator.comparing(Setting::name)).toList();
        HttpResponse<String> nothing = commissioner.post(cohortPath + "/settings", "_csrf", token, "setting", "", "urn", "", "mentor", "");
        assertThat(nothing.body()).contains("id=\"setting-error\"");
        HttpResponse<String> unknown = commissioner.post(cohortPath + "/settings", "_csrf", token, "setting", "", "urn", "999999", "mentor", "mentor");
        assertThat(unknown.body()).contains("id=\"urn-error\"", "value=\"999999\"");
        HttpResponse<String> notAMentor = commissioner.post(cohortPath + "/settings", "_csrf", token, "setting", primaries.get(0).ref(),
                "urn", "", "mentor", "senco");
        assertThat(notAMentor.body()).contains("id=\"mentor-error\"");
        assertThat(enrolments.current(area)).isEmpty();

        assertThat(commissioner.post(cohortPath + "/settings", "_csrf", token, "setting", primaries.get(0).ref(), "urn", "", "mentor", "mentor")
                .statusCode()).isEqualTo(302);
        assertThat(commissioner.post(cohortPath + "/settings", "_csrf", token, "setting", "", "urn", String.valueOf(primaries.get(1).urn()),
                "mentor", "").statusCode()).isEqualTo(302);
        HttpResponse<String> twice = commissioner.post(cohortPath + "/settings", "_csrf", token, "setting", primaries.get(0).ref(), "urn", "",
                "mentor", "mentor");
        assertThat(twice.statusCode()).isEqualTo(200);
        assertThat(twice.body()).contains("id=\"setting-error\"").contains("is already in the scheme");

        Enrolment second = enrolments.currentOf(area, primaries.get(1).ref()).orElseThrow();
        assertThat(second.mentor()).isNull();
        String mentorPath = cohortPath + "/settings/" + second.id() + "/mentor";
        assertThat(commissioner.post(mentorPath, "_csrf", token, "mentor", "").body()).contains("id=\"mentor-" + second.id() + "-error\"");
        assertThat(commissioner.post(mentorPath, "_csrf", token, "mentor", "mentor").statusCode()).isEqualTo(302);
        assertThat(enrolments.byId(area, second.id()).mentor()).isEqualTo("mentor");

        String cohortPage = commissioner.get(cohortPath).body();
        assertThat(cohortPage).contains(primaries.get(0).name(), primaries.get(1).name(), "Self-evaluating");
    }

    @Test
    void staffAreTiedAndUntiedAfterAConfirmationPage() {
        Area area = areas.find(TEST_AREA).orElseThrow();
        Setting school = places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue()).findFirst().orElseThrow();
        FormSession admin = signedIn("commissioner");
        String base = "/areas/" + TEST_AREA + "/scheme/staff";
        String token = csrf(admin, base);
        HttpResponse<String> refused = admin.post(base, "_csrf", token, "person", "commissioner", "setting", school.ref());
        assertThat(refused.body()).contains("id=\"person-error\"");
        assertThat(admin.post(base, "_csrf", token, "person", "senco", "setting", school.ref()).statusCode()).isEqualTo(302);
        assertThat(staff.settingsOf(area, "senco")).contains(school.ref());
        assertThat(admin.get(base).body()).contains(school.name());

        HttpResponse<String> confirm = admin.get(base + "/remove?username=senco&ref=" + school.ref());
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Untie", school.name());
        assertThat(staff.settingsOf(area, "senco")).as("only asked").contains(school.ref());
        assertThat(admin.post(base + "/remove", "_csrf", token, "username", "senco", "ref", school.ref()).statusCode()).isEqualTo(302);
        assertThat(staff.settingsOf(area, "senco")).doesNotContain(school.ref());
    }

    @Test
    void criteriaWithBadRowsAreRefusedByRowAndColumnAndGoodOnesBecomeTheVersionNewSettingsJoinOn() {
        Area area = areas.find("scheme-criteria-test").orElseGet(() -> {
            TestAreas.copyOfStockport(port, people, areas, "scheme-criteria-test", "commissioner", "mentor");
            return areas.find("scheme-criteria-test").orElseThrow();
        });
        FormSession commissioner = signedIn("commissioner");
        String base = "/areas/scheme-criteria-test/scheme";
        String token = csrf(commissioner, base + "/criteria/load");
        List<Setting> schools = places.settings(area, AreaPlaces.SettingFilter.NONE).stream().filter(s -> !s.venue())
                .sorted(java.util.Comparator.comparing(Setting::name)).toList();
        String cohort = commissioner.post(base + "/cohorts/new", "_csrf", token, "name", "Criteria cohort", "startsOnDay", "1", "startsOnMonth", "9",
                "startsOnYear", "2027").headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(commissioner.post(cohort + "/settings", "_csrf", token, "setting", schools.get(0).ref(), "urn", "", "mentor", "mentor")
                .statusCode()).isEqualTo(302);
        assertThat(criteria.sets(area)).hasSize(1);

        String bad = "code,applies_to,strand,level,title,description\n"
                + "AB1.1,all,FS,universal,Good row,Fine.\n"
                + "AB1.2,all,NOT_A_STRAND,universal,Bad strand,Fine.\n"
                + "AB1.3,everyone,FS,universal,Bad applies,Fine.\n";
        HttpResponse<String> refused = commissioner.upload(base + "/criteria/load", "criteria.csv", bad.getBytes(StandardCharsets.UTF_8),
                "_csrf", token, "name", "Our criteria");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"file-error\"", "row-errors-caption", "NOT_A_STRAND", "strand", "applies_to", "value=\"Our criteria\"");
        assertThat(refused.body()).containsPattern("<td[^>]*>3</td>\\s*<td[^>]*>strand</td>");
        assertThat(criteria.sets(area)).as("nothing stored").hasSize(1);

        String good = "code,applies_to,strand,level,title,description\n"
                + "AB1.1,all,FS,universal,Families hear about talk,Every family hears how talk grows.\n"
                + "AB1.2,early years,ID,targeted,Needs are noticed,Staff notice early.\n"
                + "AB1.2,school,ID,targeted,Needs are noticed,Teachers notice early.\n";
        HttpResponse<String> loaded = commissioner.upload(base + "/criteria/load", "criteria.csv", good.getBytes(StandardCharsets.UTF_8),
                "_csrf", token, "name", "Our criteria");
        assertThat(loaded.statusCode()).isEqualTo(302);
        assertThat(criteria.sets(area)).hasSize(2);
        CriteriaSet version2 = criteria.current(area);
        assertThat(version2.version()).isEqualTo(2);
        assertThat(commissioner.get(base + "/criteria").body()).contains("Version 2: Our criteria", "Staff notice early.", "Teachers notice early.");

        assertThat(commissioner.post(cohort + "/settings", "_csrf", token, "setting", schools.get(1).ref(), "urn", "", "mentor", "")
                .statusCode()).isEqualTo(302);
        assertThat(enrolments.currentOf(area, schools.get(1).ref()).orElseThrow().criteriaSetId()).isEqualTo(version2.id());
        assertThat(enrolments.currentOf(area, schools.get(0).ref()).orElseThrow().criteriaSetId())
                .as("a setting keeps the version it started on").isNotEqualTo(version2.id())
                .isEqualTo(criteria.sets(area).getLast().id());
    }

    private FormSession signedIn(String username) {
        FormSession session = new FormSession(port);
        session.signIn(username, "demo");
        return session;
    }

    private static String csrf(FormSession session, String page) {
        Matcher m = CSRF.matcher(session.get(page).body());
        assertThat(m.find()).as("a form on " + page).isTrue();
        return m.group(1);
    }
}
