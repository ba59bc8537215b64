package org.strands.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strands.support.FieldErrors.assertErrorBeside;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.NotFound;
import org.strands.platform.People;
import org.strands.platform.Role;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/**
 * Families tell the area what they think of an entry without an account, and the area answers: a family's feedback is
 * stored and thanked; what is wrong is said beside its field with what was typed kept; a curator answers and publishes
 * what the area changed on "you said, we did" (in the area's words, never the family's own), an answer not published is
 * not shown, and another area's curators cannot see or answer it.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryFeedbackIntegrationTests {

    static final String AREA = "feedback-test";
    static final String OTHER = "feedback-other";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    DirectoryCuration curation;

    @Autowired
    DirectoryFeedback feedback;

    @Autowired
    JdbcClient db;

    UUID entry;
    UUID otherEntry;

    @BeforeAll
    void twoAreasEachWithAnEntry() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead");
        TestAreas.copyOfStockport(port, people, areas, OTHER);
        people.ensure("feedback-other-lead", "Service lead elsewhere", "demo", false);
        people.grant("feedback-other-lead", area(OTHER).id(), Role.SERVICE_LEAD);
        entry = curation.create(area(AREA), details("Rhyme time at the library", "PUBLISHED"), "lead");
        otherEntry = curation.create(area(OTHER), details("Chatter club", "PUBLISHED"), "lead");
    }

    @Test
    void aFamilysFeedbackIsStoredWithoutAnAccountAndTheyAreThanked() {
        FormSession family = new FormSession(port);
        HttpResponse<String> sent = send(family, entry, "helpful", "PARTLY", "said", "Say which days it is on.\r\nThe times were missing.");

        assertThat(sent.statusCode()).isEqualTo(302);
        String thanks = sent.headers().firstValue("Location").orElseThrow();
        assertThat(thanks).endsWith("/public/" + AREA + "/support/" + entry + "/feedback/sent");
        assertThat(family.get(thanks.replaceFirst("^https?://[^/]+", "")).body()).contains("Thank you for your feedback");
        assertThat(db.sql("select helpful || ':' || said from directory_feedback where area_id = ? and entry_id = ? and said like 'Say which days%'")
                .params(area(AREA).id(), entry).query(String.class).single()).isEqualTo("PARTLY:Say which days it is on.\nThe times were missing.");
    }

    @Test
    void whatIsWrongIsSaidBesideItsFieldAndWhatWasTypedIsKept() {
        long before = count(AREA);
        FormSession family = new FormSession(port);

        String nothing = send(family, entry).body();
        assertErrorBeside(nothing, "helpful", "Choose whether this was helpful.");

        String unknown = send(family, entry, "helpful", "MAYBE", "said", "Kept <as> typed & all").body();
        assertErrorBeside(unknown, "helpful", "Choose whether this was helpful.");
        assertThat(HtmlUtils.htmlUnescape(unknown)).contains(">Kept <as> typed & all</textarea>");

        String unsaid = send(family, entry, "helpful", "NO", "said", "   ").body();
        assertErrorBeside(unsaid, "said", "Tell us what could be better.");
        assertThat(unsaid).containsPattern("value=\"NO\"\\s+checked");

        String tooLong = send(family, entry, "helpful", "YES", "said", "é".repeat(1_001)).body();
        assertErrorBeside(tooLong, "said", "Keep this to 1,000 characters or fewer: you wrote 1,001.");
        assertThat(HtmlUtils.htmlUnescape(tooLong)).contains("é".repeat(1_001));

        assertThat(count(AREA)).isEqualTo(before);
    }

    @Test
    void anEntryFamiliesCannotSeeTakesNoFeedback() {
        UUID draft = curation.create(area(AREA), details("A draft only curators see", "DRAFT"), "lead");
        FormSession family = new FormSession(port);
        assertThat(family.get("/public/" + AREA + "/support/" + draft + "/feedback").statusCode()).isEqualTo(404);
        assertThat(family.get("/public/" + AREA + "/support/" + otherEntry + "/feedback").statusCode()).as("another area's entry").isEqualTo(404);
        assertThatThrownBy(() -> feedback.leave(area(AREA), draft, "YES", null)).isInstanceOf(NotFound.class);
    }

    @Test
    void aCuratorAnswersAndPublishesWhatTheAreaChangedInItsOwnWords() {
        UUID id = feedback.leave(area(AREA), entry, "NO", "My son Jack could not get in, the door was locked. Call me on 07700 900123.");
        FormSession lead = new FormSession(port);
        lead.signIn("lead", "demo");
        String list = lead.get("/areas/" + AREA + "/directory/feedback").body();
        assertThat(list).contains("Rhyme time at the library", "Not answered", "/areas/" + AREA + "/directory/feedback/" + id);
        assertThat(lead.get("/areas/" + AREA + "/directory").body()).containsPattern("Families’ feedback: [0-9]+ not answered");

        String page = "/areas/" + AREA + "/directory/feedback/" + id;
        String refused = post(lead, page, "answer", "", "publicSaid", "", "publish", "yes").body();
        assertErrorBeside(refused, "answer", "Enter what you changed.");
        assertErrorBeside(refused, "publicSaid", "Enter what families said, in your own words, to publish the answer.");

        HttpResponse<String> saved = post(lead, page, "answer", "The library now opens the side door at 9:45 for rhyme time.",
                "publicSaid", "Families could not find the way in.", "publish", "yes");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(lead.get("/areas/" + AREA + "/directory/feedback").body()).contains("is saved and published", "Published");

        String public_ = new FormSession(port).get("/public/" + AREA + "/support/you-said-we-did").body();
        assertThat(HtmlUtils.htmlUnescape(public_)).contains("You said, we did", "Families could not find the way in.",
                "The library now opens the side door at 9:45 for rhyme time.", "About Rhyme time at the library")
                .doesNotContain("Jack", "07700 900123");
        assertThat(db.sql("select count(*) from audit_event where subject_type = 'directory-feedback' and subject_id = ? and action = 'PUBLISH'")
                .param(id.toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAnswerNotPublishedIsNotShownToFamilies() {
        UUID id = feedback.leave(area(AREA), entry, "PARTLY", "Too far away from us.");
        feedback.answer(area(AREA), id, new DirectoryFeedback.Answer("Families said it is far to travel.", "We are looking for a second venue.",
                false), "lead");

        assertThat(feedback.one(area(AREA), id).answered()).isTrue();
        assertThat(feedback.published(area(AREA))).extracting(DirectoryFeedback.Published::answer).doesNotContain("We are looking for a second venue.");
        assertThat(new FormSession(port).get("/public/" + AREA + "/support/you-said-we-did").body()).doesNotContain("second venue");
    }

    @Test
    void anotherAreasCuratorsCannotSeeOrAnswerTheFeedback() {
        UUID id = feedback.leave(area(AREA), entry, "NO", "Private to this area.");
        FormSession elsewhere = new FormSession(port);
        elsewhere.signIn("feedback-other-lead", "demo");

        assertThat(elsewhere.get("/areas/" + OTHER + "/directory/feedback/" + id).statusCode()).as("through their own area").isEqualTo(404);
        assertThat(elsewhere.get("/areas/" + AREA + "/directory/feedback/" + id).statusCode()).as("through this area").isEqualTo(404);
        assertThat(elsewhere.get("/areas/" + OTHER + "/directory/feedback").body()).doesNotContain("Private to this area.");
        assertThat(postFrom(elsewhere, "/areas/" + OTHER + "/directory/feedback", "/areas/" + OTHER + "/directory/feedback/" + id,
                "answer", "Taken over", "publicSaid", "x", "publish", "yes").statusCode()).isEqualTo(404);
        assertThat(feedback.one(area(AREA), id).answered()).isFalse();
        assertThatThrownBy(() -> feedback.one(area(OTHER), id)).isInstanceOf(NotFound.class);
    }

    @Test
    void youSaidWeDidIsAPageOfItsOwnNotAnEntryId() {
        HttpResponse<String> page = new FormSession(port).get("/public/" + AREA + "/support/you-said-we-did");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">You said, we did</h1>");
        assertThat(new FormSession(port).get("/public/" + AREA + "/support").body()).contains("/public/" + AREA + "/support/you-said-we-did");
        assertThat(new FormSession(port).get("/public/" + AREA + "/support/" + entry).body())
                .contains("Tell us what you think of this", "/public/" + AREA + "/support/" + entry + "/feedback");
    }

    private HttpResponse<String> send(FormSession family, UUID to, String... fields) {
        String page = "/public/" + AREA + "/support/" + to + "/feedback";
        return post(family, page, fields);
    }

    private static HttpResponse<String> post(FormSession session, String page, String... fields) {
        return postFrom(session, page, page, fields);
    }

    /** A form posted to {@code path} with the CSRF token of {@code page}. */
    private static HttpResponse<String> postFrom(FormSession session, String page, String path, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "_csrf";
        all[1] = session.csrfToken(page);
        System.arraycopy(fields, 0, all, 2, fields.length);
        return session.post(path, all);
    }

    private long count(String slug) {
        return db.sql("select count(*) from directory_feedback where area_id = ?").param(area(slug).id()).query(Long.class).single();
    }

    private Area area(String slug) {
        return areas.find(slug).orElseThrow();
    }

    private static EntryDetails details(String name, String status) {
        return new EntryDetails("INFORMATION", name, "Songs and rhymes for babies and toddlers.", null, null, true, null, null, null, null, null, 0, 4,
                List.of(), List.of(), null, null, "lead", LocalDate.now().plusMonths(3), status, null, null, java.util.Map.of());
    }
}
