package org.strands.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import org.strands.place.AreaPlaces;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.platform.Role;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/**
 * What a setting's staff do, through the pages, on journeys of a copy of Stockport made for this test: a rating off the
 * scale is refused beside its field; a file is checked by what is in it (too large, disguised or a program: refused,
 * nothing stored); a real PDF is downloaded with safe headers; staff of one setting cannot see another's evidence; and
 * the self-evaluation goes to the mentor only once every criterion is rated, with the move kept in the history.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SelfEvaluationIntegrationTests {

    static final String AREA = "scheme-setting-test";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    AreaPlaces places;

    @Autowired
    Cohorts cohorts;

    @Autowired
    SettingStaff staff;

    @Autowired
    Enrolments enrolments;

    @Autowired
    Evidence evidence;

    @Autowired
    SettingRatings ratings;

    @Autowired
    SchemeCriteria criteria;

    @Autowired
    JdbcClient db;

    Enrolment ours;
    Enrolment theirs;

    @BeforeAll
    void twoSettingsInACohortEachWithItsOwnStaff() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "mentor");
        people.ensure("se-staff-ours", "Sam Ours", "demo", false);
        people.ensure("se-staff-theirs", "Tess Theirs", "demo", false);
        people.grant("se-staff-ours", area().id(), Role.SETTING_STAFF);
        people.grant("se-staff-theirs", area().id(), Role.SETTING_STAFF);
        List<Setting> primaries = places.settings(area(), AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> !s.venue() && "Primary".equals(s.phase())).toList();
        Cohort cohort = cohorts.open(area(), "Self-evaluation test cohort", LocalDate.now(), "test");
        ours = cohorts.join(area(), cohort.id(), primaries.get(0).ref(), "mentor", "test");
        theirs = cohorts.join(area(), cohort.id(), primaries.get(1).ref(), "mentor", "test");
        staff.tie(area(), "se-staff-ours", ours.settingRef(), "test");
        staff.tie(area(), "se-staff-theirs", theirs.settingRef(), "test");
    }

    @Test
    void aRatingOffTheScaleIsRefusedBesideItsFieldWithWhatWasTypedKeptAndNothingSaved() {
        FormSession sam = signedIn("se-staff-ours");
        String page = base(ours) + "/strands/family-support";
        String refused = post(sam, page, page, "rating-FS1.1", "brilliant", "strengths-FS1.1", "Kept <as> typed", "rating-FS1.2", "EMBEDDED").body();
        assertErrorBeside(refused, "rating-FS1.1", "Choose not yet, emerging, established or embedded for FS1.1.");
        assertThat(HtmlUtils.htmlUnescape(refused)).contains(">Kept <as> typed</textarea>");
        assertThat(ratings.of(area(), ours.id())).isEmpty();

        HttpResponse<String> saved = post(sam, page, page, "rating-FS1.1", "EMERGING", "strengths-FS1.1", "Our family coffee mornings");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(base(ours) + "/strands/environment");
        assertThat(ratings.of(area(), ours.id()).get("FS1.1").rating()).isEqualTo(Rating.EMERGING);
    }

    @Test
    void aFileIsCheckedByWhatIsInItAndARefusedOneIsNotStored() throws Exception {
        FormSession sam = signedIn("se-staff-ours");
        long before = files();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertErrorBeside(upload(sam, "big.pdf", big).body(), "file-file", "The file is larger than 10 MB.");
        assertErrorBeside(upload(sam, "picture.pdf", PNG).body(), "file-file", "The file’s name ends .pdf but what is in it is not");
        assertErrorBeside(upload(sam, "page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)).body(),
                "file-file", "The file must be a PDF, a PNG or JPEG picture, or a Word, Excel or PowerPoint document.");
        assertErrorBeside(upload(sam, "setup.exe", "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1))
                .body(), "file-file", "Strands checks what is in the file, not its name.");
        assertErrorBeside(upload(sam, "renamed.docx", zip("readme.txt")).body(), "file-file", "The file must be a PDF");
        assertThat(files()).isEqualTo(before);
        assertThat(EvidenceFileKind.of(zip("[Content_Types].xml", "word/document.xml"))).contains(EvidenceFileKind.WORD);
        assertThat(EvidenceFileKind.of(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(EvidenceFileKind.EXCEL);
    }

    @Test
    void aFileLargerThanTheServerReadsAtAllIsAnsweredWithAPlainPageNotAServerError() {
        FormSession sam = signedIn("se-staff-ours");
        long before = files();
        HttpResponse<String> refused = upload(sam, "huge.pdf", new byte[33 * 1024 * 1024]);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("The file is too large", "Choose a smaller file");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aRealPdfIsStoredAndDownloadedOnlyByThoseWhoMaySeeTheSetting() {
        FormSession sam = signedIn("se-staff-ours");
        HttpResponse<String> added = upload(sam, "Our SEN policy.pdf", PDF, "title", "SEN policy", "criterion", "FS1.1");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        EvidenceItem item = evidence.of(area(), ours.id()).stream().filter(e -> "SEN policy".equals(e.title())).findFirst().orElseThrow();
        assertThat(item.contentType()).isEqualTo("application/pdf");
        assertThat(item.criterion()).isEqualTo("FS1.1");

        HttpResponse<String> download = sam.get(base(ours) + "/evidence/" + item.id());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains("Our SEN policy.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.body()).startsWith("%PDF-");
        assertThat(db.sql("select count(*) from audit_event where subject_type = 'accreditation-evidence' and subject_id = ? and action = 'READ'")
                .param(String.valueOf(item.id())).query(Long.class).single()).isPositive();
        assertThat(signedIn("mentor").get(base(ours) + "/evidence/" + item.id()).statusCode()).as("its mentor").isEqualTo(200);

        FormSession tess = signedIn("se-staff-theirs");
        assertThat(tess.get(base(ours) + "/evidence/" + item.id()).statusCode()).as("another setting's staff").isEqualTo(404);
        assertThat(tess.get(base(ours) + "/evidence").statusCode()).isEqualTo(404);
        assertThat(tess.get(base(ours)).statusCode()).isEqualTo(404);
        assertThat(tess.get(base(theirs) + "/evidence/" + item.id()).statusCode()).as("through their own setting").isEqualTo(404);
        assertThat(tess.get(base(theirs) + "/evidence").body()).doesNotContain("SEN policy");
    }

    @Test
    void theSelfEvaluationGoesToTheMentorOnlyOnceEveryCriterionIsRatedAndTheMoveIsKept() {
        Enrolment journey = freshJourney(2);
        FormSession sam = signedIn("se-staff-ours");
        String page = base(journey) + "/submit";
        assertThat(post(sam, page, page).body()).as("an empty post").contains("Confirm that your self-evaluation is ready to send.");
        String refused = post(sam, page, page, "confirm", "yes").body();
        assertErrorBeside(refused, "confirm", "Rate every criterion before you send the self-evaluation. Not rated yet: FS1.1");
        assertThat(enrolments.byId(area(), journey.id()).status()).isEqualTo(SchemeStatus.SELF_EVALUATING);

        java.util.Map<String, SettingRatings.Given> all = new java.util.LinkedHashMap<>();
        criteria.criteria(area(), journey.criteriaSetId(), journey.phase()).forEach(c -> all.put(c.code(), new SettingRatings.Given("ESTABLISHED", null)));
        ratings.rate(area(), journey, all, "se-staff-ours");
        HttpResponse<String> sent = post(sam, page, page, "confirm", "yes");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(enrolments.byId(area(), journey.id()).status()).isEqualTo(SchemeStatus.IN_REVIEW);
        assertThat(enrolments.history(area(), journey.id()).getLast()).satisfies(h -> {
            assertThat(h.to()).isEqualTo(SchemeStatus.IN_REVIEW);
            assertThat(h.by()).isEqualTo("se-staff-ours");
        });
        String setting = sam.get(base(journey)).body();
        assertThat(HtmlUtils.htmlUnescape(setting)).contains("With the mentor", "Self-evaluation sent to the mentor", "Sam Ours");
        assertThat(sam.get(base(journey) + "/evidence").body()).doesNotContain("Add a file");
    }

    @Test
    void anActionWithFaultsIsRefusedBesideEachFieldAndARemovalIsConfirmedOnAPageOfItsOwn() {
        FormSession sam = signedIn("se-staff-ours");
        String actions = base(ours) + "/actions";
        long before = db.sql("select count(*) from accreditation_action where enrolment_id = ?").param(ours.id()).query(Long.class).single();
        String refused = post(sam, actions, actions, "what", "", "owner", "Priya", "dueOnDay", "31", "dueOnMonth", "13", "dueOnYear", "2030").body();
        assertErrorBeside(refused, "what", "Enter what you will do.");
        assertThat(refused).contains("id=\"dueOn-error\"").contains("value=\"Priya\"");
        assertThat(db.sql("select count(*) from accreditation_action where enrolment_id = ?").param(ours.id()).query(Long.class).single())
                .isEqualTo(before);
        assertThat(post(sam, actions, actions, "what", "Train the team", "owner", "Priya", "dueOnDay", "31", "dueOnMonth", "3",
                "dueOnYear", "2030").statusCode()).isEqualTo(302);

        long note = evidence.addNote(area(), ours, null, "A note to remove", "Written for the test.", "se-staff-ours");
        String confirm = base(ours) + "/evidence/" + note + "/remove";
        assertThat(HtmlUtils.htmlUnescape(sam.get(confirm).body())).contains("Remove A note to remove from the evidence?");
        assertThat(post(sam, confirm, confirm).statusCode()).isEqualTo(302);
        assertThat(evidence.of(area(), ours.id())).extracting(EvidenceItem::id).doesNotContain(note);
        assertThat(db.sql("select count(*) from audit_event where subject_type = 'accreditation-evidence' and subject_id = ? and action = 'remove'")
                .param(String.valueOf(note)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onceSentTheEvidenceCannotBeChangedAndThePageSaysWhyInPlainWords() {
        Enrolment journey = freshJourney(3);
        java.util.Map<String, SettingRatings.Given> all = new java.util.LinkedHashMap<>();
        criteria.criteria(area(), journey.criteriaSetId(), journey.phase()).forEach(c -> all.put(c.code(), new SettingRatings.Given("EMBEDDED", null)));
        ratings.rate(area(), journey, all, "se-staff-ours");
        long note = evidence.addNote(area(), journey, null, "Kept", "Written before it was sent.", "se-staff-ours");
        FormSession sam = signedIn("se-staff-ours");
        String submit = base(journey) + "/submit";
        assertThat(post(sam, submit, submit, "confirm", "yes").statusCode()).isEqualTo(302);

        String page = base(journey) + "/evidence";
        HttpResponse<String> refused = post(sam, base(journey), page, "kind", "note", "title", "Late", "note", "Too late");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(refused.body())).contains("with the mentor now, so its ratings, evidence and action plan cannot be changed");
        assertThat(sam.get(base(journey) + "/evidence/" + note + "/remove").statusCode()).isEqualTo(409);
        assertThat(evidence.of(area(), journey.id())).extracting(EvidenceItem::title).containsExactly("Kept");
    }

    /** A journey of its own for the test that sends it on: our setting's staff tied to a third setting. */
    private Enrolment freshJourney(int which) {
        List<Setting> primaries = places.settings(area(), AreaPlaces.SettingFilter.NONE).stream()
                .filter(s -> !s.venue() && "Primary".equals(s.phase())).toList();
        Cohort cohort = cohorts.of(area()).getFirst();
        Enrolment journey = cohorts.join(area(), cohort.id(), primaries.get(which).ref(), "mentor", "test");
        staff.tie(area(), "se-staff-ours", journey.settingRef(), "test");
        return journey;
    }

    private HttpResponse<String> upload(FormSession session, String name, byte[] content, String... more) {
        String page = base(ours) + "/evidence";
        String[] fields = new String[more.length + 4];
        fields[0] = "_csrf";
        fields[1] = session.csrfToken(page);
        fields[2] = "kind";
        fields[3] = "file";
        System.arraycopy(more, 0, fields, 4, more.length);
        return session.upload(page, name, content, fields);
    }

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String n : names) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private FormSession signedIn(String username) {
        FormSession session = new FormSession(port);
        session.signIn(username, "demo");
        return session;
    }

    private static HttpResponse<String> post(FormSession session, String page, String path, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "_csrf";
        all[1] = session.csrfToken(page);
        System.arraycopy(fields, 0, all, 2, fields.length);
        return session.post(path, all);
    }

    private long files() {
        return db.sql("select count(*) from accreditation_evidence where area_id = ?").param(area().id()).query(Long.class).single();
    }

    private String base(Enrolment journey) {
        return "/areas/" + AREA + "/scheme/settings/" + journey.settingRef();
    }

    private Area area() {
        return areas.find(AREA).orElseThrow();
    }
}
