package org.strands.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.framework.Strand;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Conflict;
import org.strands.platform.Forbidden;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.Role;
import org.strands.support.DataTest;

/**
 * The mentor's review and the panel's decision on journeys of the test's own (settings outside the demo cohort): verdicts
 * by strand, asking for more evidence, recommending only when every strand is met (Centre of Excellence only when every
 * criterion is embedded and practice is shared), the panel refusing an award without a recommendation, an award for
 * three years with its history, the certificate, and who reaches a review.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentorReviewIntegrationTests {

    static final String COHORT = "Review tests ";

    @Autowired
    AreaRegistry areas;

    @Autowired
    Cohorts cohorts;

    @Autowired
    Enrolments enrolments;

    @Autowired
    SchemeCriteria criteria;

    @Autowired
    SettingRatings ratings;

    @Autowired
    SchemeStatuses statuses;

    @Autowired
    MentorReview review;

    @Autowired
    Conversation conversation;

    @Autowired
    PanelDecisions panel;

    @Autowired
    Certificates certificates;

    @Autowired
    SchemeScope scope;

    @Autowired
    JdbcClient db;

    /** The cohorts this test opened in Stockport go, with their journeys, so that other tests see the demo's scheme as seeded. */
    @AfterAll
    void removeTheTestsCohorts() {
        db.sql("delete from accreditation_cohort where created_by = 'test' and area_id = (select id from area where slug = 'stockport')").update();
    }

    @Autowired
    Clock clock;

    Area area() {
        return areas.find("stockport").orElseThrow();
    }

    /** A journey of a setting outside the demo cohort, rated throughout and sent to its mentor, the demo mentor. */
    Enrolment inReview(String ref, Rating rating) {
        Area area = area();
        db.sql("delete from accreditation_enrolment where area_id = ? and setting_ref = ?").params(area.id(), ref).update();
        Cohort cohort = cohorts.open(area, COHORT + ref + " " + System.nanoTime(), LocalDate.now(clock.withZone(Formats.LONDON)), "test");
        Enrolment journey = cohorts.join(area, cohort.id(), ref, "mentor", "test");
        Map<String, SettingRatings.Given> given = new LinkedHashMap<>();
        criteria.criteria(area, journey.criteriaSetId(), journey.phase())
                .forEach(c -> given.put(c.code(), new SettingRatings.Given(rating.name(), "Seen in class.")));
        ratings.rate(area, journey, given, "test");
        statuses.move(area, journey.id(), SchemeStatus.IN_REVIEW, "test", "Sent to the mentor");
        return enrolments.byId(area, journey.id());
    }

    private void meetEvery(Enrolment journey) {
        for (Strand s : Strand.values()) {
            review.judge(area(), journey, s, "met", "Well evidenced.", "mentor");
        }
    }

    @Test
    void verdictsAreKeptByStrandAndARecommendationWaitsUntilEveryStrandIsMet() {
        Enrolment journey = inReview("106055", Rating.ESTABLISHED);
        review.judge(area(), journey, Strand.FAMILY_SUPPORT, "met", "Strong links with families.", "mentor");
        review.judge(area(), journey, Strand.ENVIRONMENT, "more-evidence", "Show the quiet spaces.", "mentor");
        Map<Strand, MentorReview.StrandReview> kept = review.of(area(), journey.id());
        assertThat(kept).containsOnlyKeys(Strand.FAMILY_SUPPORT, Strand.ENVIRONMENT);
        assertThat(kept.get(Strand.FAMILY_SUPPORT).verdict()).isEqualTo(MentorReview.Verdict.MET);
        assertThat(kept.get(Strand.ENVIRONMENT).comment()).isEqualTo("Show the quiet spaces.");
        assertThat(kept.get(Strand.ENVIRONMENT).reviewedBy()).isEqualTo("mentor");

        assertThatThrownBy(() -> review.judge(area(), journey, Strand.WORKFORCE, "maybe", "x".repeat(2001), "mentor"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(r -> r.column())
                        .containsExactly("verdict", "comment"));

        assertThatThrownBy(() -> review.recommend(area(), journey, "accredited", "Good work.", null, "mentor"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("Every strand must be met", "enabling environments", "workforce development"));
        assertThat(enrolments.byId(area(), journey.id()).status()).isEqualTo(SchemeStatus.IN_REVIEW);

        meetEvery(journey);
        review.recommend(area(), journey, "accredited", "Every strand is well evidenced.", null, "mentor");
        Enrolment recommended = enrolments.byId(area(), journey.id());
        assertThat(recommended.status()).isEqualTo(SchemeStatus.RECOMMENDED);
        assertThat(recommended.recommendation()).isEqualTo(Recommendation.ACCREDITED);
        assertThat(enrolments.history(area(), journey.id()).getLast()).satisfies(c -> {
            assertThat(c.by()).isEqualTo("mentor");
            assertThat(c.reason()).isEqualTo("Every strand is well evidenced.");
        });
    }

    @Test
    void centreOfExcellenceNeedsEveryCriterionEmbeddedAndPracticeShared() {
        Enrolment established = inReview("106056", Rating.ESTABLISHED);
        meetEvery(established);
        assertThatThrownBy(() -> review.recommend(area(), established, "centre-of-excellence", "Outstanding.", "Open mornings.", "mentor"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().getFirst().message())
                        .contains("every criterion rated embedded"));

        Enrolment embedded = inReview("106057", Rating.EMBEDDED);
        meetEvery(embedded);
        assertThatThrownBy(() -> review.recommend(area(), embedded, "centre-of-excellence", "Outstanding.", " ", "mentor"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(r -> r.column()).containsExactly("sharesPractice"));
        assertThat(enrolments.byId(area(), embedded.id()).status()).isEqualTo(SchemeStatus.IN_REVIEW);

        review.recommend(area(), embedded, "centre-of-excellence", "Outstanding.", "Termly open mornings for other schools.", "mentor");
        Enrolment recommended = enrolments.byId(area(), embedded.id());
        assertThat(recommended.recommendation()).isEqualTo(Recommendation.CENTRE_OF_EXCELLENCE);
        assertThat(recommended.sharesPractice()).isEqualTo("Termly open mornings for other schools.");
        assertThat(panel.decide(area(), embedded.id(), "award", "Agreed by the panel.", "commissioner")).isEqualTo(SchemeStatus.CENTRE_OF_EXCELLENCE);
    }

    @Test
    void askingForMoreEvidenceSendsItBackAndSaysSoInTheConversation() {
        Enrolment journey = inReview("106059", Rating.EMERGING);
        assertThatThrownBy(() -> review.askForMoreEvidence(area(), journey, "  ", "mentor")).isInstanceOf(InvalidInput.class);
        review.askForMoreEvidence(area(), journey, "Please add the speech and language audit for ID1.2.", "mentor");
        assertThat(enrolments.byId(area(), journey.id()).status()).isEqualTo(SchemeStatus.MORE_EVIDENCE);
        assertThat(enrolments.history(area(), journey.id()).getLast().reason()).isEqualTo("Please add the speech and language audit for ID1.2.");
        List<Conversation.Comment> thread = conversation.of(area(), journey.id());
        assertThat(thread).extracting(Conversation.Comment::body).containsExactly("Please add the speech and language audit for ID1.2.");
        assertThat(thread.getFirst().author()).isEqualTo("mentor");
        // no longer with the mentor: refused, nothing changed
        Enrolment back = enrolments.byId(area(), journey.id());
        assertThatThrownBy(() -> review.judge(area(), back, Strand.WORKFORCE, "met", null, "mentor")).isInstanceOf(Conflict.class);
        assertThat(review.of(area(), journey.id())).isEmpty();
    }

    @Test
    void thePanelCannotAwardWithoutARecommendationAndAnAwardLastsThreeYearsWithItsHistory() {
        Enrolment journey = inReview("106062", Rating.ESTABLISHED);
        assertThatThrownBy(() -> panel.decide(area(), journey.id(), "award", "We like it.", "commissioner"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.getMessage()).contains("once the mentor has recommended"));
        Enrolment unchanged = enrolments.byId(area(), journey.id());
        assertThat(unchanged.status()).isEqualTo(SchemeStatus.IN_REVIEW);
        assertThat(unchanged.awardedOn()).isNull();
        assertThat(enrolments.history(area(), journey.id())).hasSize(2);
        assertThatThrownBy(() -> panel.decide(area(), journey.id(), "", "", "commissioner"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(r -> r.column()).containsExactly("outcome", "reason"));

        meetEvery(journey);
        review.recommend(area(), journey, "accredited", "Ready.", null, "mentor");
        assertThat(panel.decide(area(), journey.id(), "award", "Agreed at the March panel.", "commissioner")).isEqualTo(SchemeStatus.ACCREDITED);
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        Enrolment awarded = enrolments.byId(area(), journey.id());
        assertThat(awarded.status()).isEqualTo(SchemeStatus.ACCREDITED);
        assertThat(awarded.awardedOn()).isEqualTo(today);
        assertThat(awarded.expiresOn()).isEqualTo(today.plusYears(3));
        StatusChange last = enrolments.history(area(), journey.id()).getLast();
        assertThat(last.from()).isEqualTo(SchemeStatus.RECOMMENDED);
        assertThat(last.to()).isEqualTo(SchemeStatus.ACCREDITED);
        assertThat(last.by()).isEqualTo("commissioner");
        assertThat(last.reason()).isEqualTo("Agreed at the March panel.");
        assertThat(last.at()).isNotNull();

        // the certificate: a tagged PDF naming the setting and its award
        byte[] pdf = certificates.pdf(area(), awarded);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(awarded.setting(), "Accredited", "Stockport", Formats.ukDate(today.plusYears(3)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void notYetSendsTheSettingBackAndASettingWithoutAnAwardHasNoCertificate() {
        Enrolment journey = inReview("106063", Rating.ESTABLISHED);
        assertThatThrownBy(() -> certificates.pdf(area(), journey)).isInstanceOfSatisfying(Conflict.class,
                e -> assertThat(e.getMessage()).contains("does not hold an award in date"));
        meetEvery(journey);
        review.recommend(area(), journey, "accredited", "Ready.", null, "mentor");
        assertThat(panel.decide(area(), journey.id(), "not-yet", "Wait for the new SENCo to settle in.", "admin")).isEqualTo(SchemeStatus.SELF_EVALUATING);
        Enrolment back = enrolments.byId(area(), journey.id());
        assertThat(back.status()).isEqualTo(SchemeStatus.SELF_EVALUATING);
        assertThat(back.recommendation()).isNull();
        assertThat(enrolments.history(area(), journey.id()).getLast().reason()).isEqualTo("Wait for the new SENCo to settle in.");
    }

    @Test
    void onlyTheSettingsMentorReviewsItAndOnlyThoseInvolvedWriteInTheConversation() {
        Enrolment journey = inReview("106065", Rating.ESTABLISHED);
        AreaContext mentor = new AreaContext(area(), "mentor", Set.of(Role.MENTOR), false,
                Set.of(AccreditationPermissions.SEE, AccreditationPermissions.REVIEW));
        AreaContext otherMentor = new AreaContext(area(), "another-mentor", Set.of(Role.MENTOR), false,
                Set.of(AccreditationPermissions.SEE, AccreditationPermissions.REVIEW));
        AreaContext commissioner = new AreaContext(area(), "commissioner", Set.of(Role.COMMISSIONER), false,
                Set.of(AccreditationPermissions.SEE, AccreditationPermissions.DECIDE));
        AreaContext lead = new AreaContext(area(), "lead", Set.of(Role.SERVICE_LEAD), false, Set.of(AccreditationPermissions.SEE));
        assertThat(scope.asMentor(mentor, "106065").id()).isEqualTo(journey.id());
        assertThatThrownBy(() -> scope.asMentor(otherMentor, "106065")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> scope.asMentor(commissioner, "106065")).isInstanceOf(Forbidden.class);

        conversation.post(mentor, journey, "workforce", "Which staff have had the training?");
        conversation.post(commissioner, journey, "", "The panel meets in March.");
        assertThatThrownBy(() -> conversation.post(lead, journey, "", "Hello")).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> conversation.post(mentor, journey, "not-a-strand", "")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(r -> r.column()).containsExactly("body", "strand"));
        List<Conversation.Comment> thread = conversation.of(area(), journey.id());
        assertThat(thread).extracting(Conversation.Comment::body).containsExactly("Which staff have had the training?", "The panel meets in March.");
        assertThat(thread.getFirst().strand()).isEqualTo(Strand.WORKFORCE);
    }
}
