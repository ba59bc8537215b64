package org.strands.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AreaRegistry;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.People;
import org.strands.platform.Role;
import org.strands.platform.RowError;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;

/**
 * Hearing the family: answers to the shipped questionnaire stored with a journey or a contact, all or nothing, each
 * mistake naming the question as the family reads it; the family's own link, which opening does not spend and answering
 * spends once; and only the children a person may see.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class FamilyAnswersIntegrationTests {

    static final String AREA = "family-answers-test";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    @Autowired
    FamilyAnswers answers;

    @Autowired
    FamilyAnswerLinks links;

    @Autowired
    FamilyAnswerAccess access;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    ApplicationEvents events;

    Area area;

    @BeforeAll
    void createAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner");
        area = areas.find(AREA).orElseThrow();
    }

    @Test
    void theShippedQuestionnaireAsksThreeQuestionsFirstAndFiveSomeWeeksLater() {
        Questionnaire family = questionnaires.inForce(area);
        assertThat(family.areaId()).isNull();
        assertThat(family.part(1)).extracting(Questionnaire.Question::key).containsExactly("confidence", "daily-life", "getting-help");
        assertThat(family.part(2)).extracting(Questionnaire.Question::key)
                .containsExactly("confidence", "daily-life", "getting-help", "change", "anything-else");
        Questionnaire.Question change = family.part(2).get(3);
        assertThat(change.measures()).isEqualTo("CHANGE");
        assertThat(change.scale()).startsWith("Much worse").endsWith("Much better");
        assertThat(family.part(2).get(2).measures()).isEqualTo("SATISFACTION");
    }

    @Test
    void anAreasOwnQuestionnaireWithTheSameKeyIsTheOneInForceThere() {
        Area other = areaCalled("family-own-questionnaire");
        long own = db.sql("insert into journey_questionnaire (area_id, key, title) values (?, 'family', 'Our own questions') returning id")
                .param(other.id()).query(Long.class).single();
        db.sql("""
                insert into journey_question (questionnaire_id, part, position, key, wording, kind, scale)
                values (?, 1, 1, 'happy', 'Are you happy with the help?', 'SCALE', array['No', 'Yes'])""").param(own).update();
        assertThat(questionnaires.inForce(other).title()).isEqualTo("Our own questions");
        assertThat(questionnaires.inForce(other).part(1)).singleElement().extracting(Questionnaire.Question::wording)
                .isEqualTo("Are you happy with the help?");
        assertThat(questionnaires.inForce(area).areaId()).isNull();
    }

    @Test
    void answersTypedInWithTheFamilyAreStoredWithTheJourneyAndPublished() {
        long journey = journey(child("FA-1", null), "practitioner");
        LocalDate today = LocalDate.now();
        long id = answers.store(area, new FamilyAnswerEntry(2, journey, null, today.minusDays(1), Map.of("confidence", "4",
                "daily-life", "3", "getting-help", "5", "change", "4", "anything-else", "  She asks for her cup now.  ")), "practitioner");

        FamilyAnswerSet set = answers.ofJourneys(area, List.of(journey)).getFirst();
        assertThat(set.id()).isEqualTo(id);
        assertThat(set.part()).isEqualTo(2);
        assertThat(set.enteredBy()).isEqualTo("practitioner");
        assertThat(set.answeredOn()).isEqualTo(today.minusDays(1));
        assertThat(set.answers()).extracting(FamilyAnswerSet.Answered::answer)
                .containsExactly("Confident", "Fairly well", "Very easy", "A little better", "She asks for her cup now.");
        assertThat(set.answers().getFirst().question()).startsWith("How confident do you feel now");
        assertThat(events.stream(FamilyAnswered.class)).containsExactly(new FamilyAnswered(area.id(), id, journey, null, 2));
    }

    @Test
    void answersAreKeptWithAnEasyAccessContactBeforeAnyJourney() {
        long contact = contact();
        long id = answers.store(area, new FamilyAnswerEntry(1, null, contact, LocalDate.now(), part1("2", "2", "4")), "practitioner");
        assertThat(answers.ofContact(area, contact)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.contactId()).isEqualTo(contact);
            assertThat(s.journeyId()).isNull();
        });
        assertThat(events.stream(FamilyAnswered.class)).containsExactly(new FamilyAnswered(area.id(), id, null, contact, 1));
    }

    @Test
    void everyMistakeIsNamedByTheQuestionAsTheFamilyReadsItAndNothingIsStored() {
        long journey = journey(child("FA-2", null), "practitioner");
        long before = sets();
        FamilyAnswerEntry wrong = new FamilyAnswerEntry(2, journey, null, LocalDate.now().plusDays(2), Map.of("confidence", "",
                "daily-life", "9", "getting-help", "three", "change", "1", "anything-else", "x".repeat(5_001)));
        assertThatThrownBy(() -> answers.store(area, wrong, "practitioner")).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).extracting(RowError::column)
                    .containsExactly("answeredOn", "confidence", "daily-life", "getting-help", "anything-else");
            assertThat(e.errors().get(1).message()).isEqualTo(
                    "Choose an answer to “How confident do you feel now about helping your child to talk and to understand?”");
            assertThat(e.errors().get(2).message()).startsWith("Choose one of the answers given to “In everyday life");
            assertThat(e.errors().get(4).message()).contains("5,000 characters");
        });
        assertThat(sets()).isEqualTo(before);
        assertThat(events.stream(FamilyAnswered.class)).isEmpty();
    }

    @Test
    void aJourneyOrContactOfAnotherAreaIsNotFound() {
        Area other = areaCalled("family-answers-elsewhere");
        long journey = journey(child("FA-3", null), "practitioner");
        assertThatThrownBy(() -> answers.store(other, new FamilyAnswerEntry(1, journey, null, LocalDate.now(), part1("1", "1", "1")), "lead"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> links.make(other, 1, null, contact(), "lead")).isInstanceOf(NotFound.class);
    }

    @Test
    void aFamilyOpensTheirLinkAsOftenAsTheyLikeAndAnswersOnce() {
        long journey = journey(child("FA-4", null), "practitioner");
        FamilyAnswerLinks.Made made = links.make(area, 1, journey, null, "practitioner");
        String token = token(made);
        assertThat(token).hasSize(43);
        assertThat(db.sql("select count(*) from journey_answer_link where token_hash = sha256(convert_to(?, 'UTF8'))").param(token)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(made.expiresAt()).isBetween(java.time.Instant.now().plus(java.time.Duration.ofDays(27)),
                java.time.Instant.now().plus(java.time.Duration.ofDays(29)));
        assertThat(links.open(area, token)).isPresent();
        assertThat(links.open(area, token)).hasValueSatisfying(o -> assertThat(o.part()).isEqualTo(1));

        assertThat(links.answer(area, token, part1("3", "3", "2"))).isTrue();
        assertThat(links.answer(area, token, part1("5", "5", "5"))).isFalse();

        assertThat(answers.ofJourneys(area, List.of(journey))).singleElement().satisfies(s -> {
            assertThat(s.enteredBy()).isNull();
            assertThat(s.answers()).extracting(FamilyAnswerSet.Answered::answer).containsExactly("Fairly confident", "Fairly well", "Quite hard");
        });
        assertThat(links.open(area, token)).isEmpty();
        assertThat(events.stream(FamilyAnswered.class)).hasSize(1);
    }

    @Test
    void answersTheLinkCannotStoreLeaveItUnspent() {
        long journey = journey(child("FA-5", null), "practitioner");
        String token = token(links.make(area, 1, journey, null, "practitioner"));
        assertThatThrownBy(() -> links.answer(area, token, Map.of("confidence", "3"))).isInstanceOf(InvalidInput.class);
        assertThat(links.open(area, token)).isPresent();
        assertThat(links.answer(area, token, part1("3", "4", "5"))).isTrue();
    }

    @Test
    void anExpiredUsedOrUnknownLinkStoresNothingAndShowsTheSameKindPage() {
        long journey = journey(child("FA-6", null), "practitioner");
        String expired = token(links.make(area, 2, journey, null, "practitioner"));
        db.sql("update journey_answer_link set expires_at = now() - interval '1 minute' where token_hash = sha256(convert_to(?, 'UTF8'))")
                .param(expired).update();
        String used = token(links.make(area, 1, journey, null, "practitioner"));
        assertThat(links.answer(area, used, part1("1", "2", "3"))).isTrue();
        long before = sets();

        assertThat(links.open(area, expired)).isEmpty();
        assertThat(links.answer(area, expired, part1("1", "2", "3"))).isFalse();
        assertThat(links.answer(area, "y".repeat(43), part1("1", "2", "3"))).isFalse();
        assertThat(sets()).isEqualTo(before);

        FormSession family = new FormSession(port);
        List<HttpResponse<String>> pages = List.of(family.get("/public/" + AREA + "/answers/" + expired),
                family.get("/public/" + AREA + "/answers/" + used), family.get("/public/" + AREA + "/answers/" + "z".repeat(43)),
                family.get("/public/" + AREA + "/answers/short"));
        assertThat(pages).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(pages).extracting(p -> main(p.body())).containsOnly(main(pages.getFirst().body()));
        assertThat(pages.getFirst().body()).contains("This link cannot be used", "ask the person who sent it to you for a new one");
    }

    @Test
    void theFamilysPageShowsTheAreaAndQuestionsButNothingAboutTheChildAndASecondSubmitStoresOnce() {
        long journey = journey(child("FA-SECRET-7", null), "practitioner");
        String token = token(links.make(area, 1, journey, null, "practitioner"));
        FormSession family = new FormSession(port);
        String path = "/public/" + AREA + "/answers/" + token;
        HttpResponse<String> page = family.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Stockport (" + AREA + ")", "How confident do you feel about helping your child")
                .doesNotContain("FA-SECRET-7");
        String csrf = family.csrfToken(path);
        HttpResponse<String> missing = family.post(path, "_csrf", csrf, "q-confidence", "2");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Choose an answer to “How easy was it to get help when you wanted it?”");
        HttpResponse<String> sent = family.post(path, "_csrf", csrf, "q-confidence", "2", "q-daily-life", "3", "q-getting-help", "4");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/public/" + AREA + "/answers/thank-you"));
        HttpResponse<String> again = family.post(path, "_csrf", csrf, "q-confidence", "5", "q-daily-life", "5", "q-getting-help", "5");
        assertThat(again.body()).contains("This link cannot be used");
        assertThat(answers.ofJourneys(area, List.of(journey))).hasSize(1);
    }

    @Test
    void aPractitionerSeesTheChildrenTheyLeadOrLinkToAndAServiceLeadSeesEveryChild() {
        long child = child("FA-8", null);
        journey(child, "someone-else");
        assertThatThrownBy(() -> access.child(as("practitioner", Role.PRACTITIONER), child)).isInstanceOf(NotFound.class);
        assertThat(access.child(as("lead", Role.SERVICE_LEAD), child).ref()).isEqualTo("FA-8");
        long mine = child("FA-9", null);
        long journey = journey(mine, "practitioner");
        assertThat(access.child(as("practitioner", Role.PRACTITIONER), mine).current().id()).isEqualTo(journey);
        assertThat(db.sql("select count(*) from audit_event where area_id = ? and action = 'READ' and subject_type = 'child' and subject_id = ?")
                .params(area.id(), String.valueOf(mine)).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> access.child(as("lead", Role.SERVICE_LEAD), 0)).isInstanceOf(NotFound.class);
    }

    private Map<String, String> part1(String confidence, String dailyLife, String gettingHelp) {
        return Map.of("confidence", confidence, "daily-life", dailyLife, "getting-help", gettingHelp);
    }

    private AreaContext as(String username, Role role) {
        return new AreaContext(area, username, Set.of(role), false, Set.of(JourneyPermissions.RECORD));
    }

    private Area areaCalled(String slug) {
        TestAreas.copyOfStockport(port, people, areas, slug);
        return areas.find(slug).orElseThrow();
    }

    private long child(String ref, String settingRef) {
        return db.sql("""
                insert into journey_child (area_id, ref, born_month, setting_ref, created_by) values (?, ?, date '2022-03-01', ?, 'test')
                on conflict (area_id, ref) do update set ref = excluded.ref returning id""")
                .params(area.id(), ref, settingRef).query(Long.class).single();
    }

    private long journey(long child, String lead) {
        return db.sql("""
                insert into journey_journey (area_id, child_id, started_on, source, lead, created_by)
                values (?, ?, current_date - 30, 'BY_HAND', ?, 'test') returning id""")
                .params(area.id(), child, lead).query(Long.class).single();
    }

    private long contact() {
        long id = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        db.sql("""
                insert into journey_contact (contact_id, area_id, contact_on, route, follow_up_opt_in, recorded_by)
                values (?, ?, current_date - 10, 'EASY_ACCESS', true, 'test')""").params(id, area.id()).update();
        return id;
    }

    private long sets() {
        return db.sql("select count(*) from journey_answer_set where area_id = ?").param(area.id()).query(Long.class).single();
    }

    private static String token(FamilyAnswerLinks.Made made) {
        return made.url().substring(made.url().lastIndexOf('/') + 1);
    }

    private static String main(String html) {
        int start = html.indexOf("<main");
        // the same page but for the link it was opened from (in the form that asks for a new one) and the form's token
        return html.substring(start, html.indexOf("</main>", start)).replaceAll("/answers/[^/\"]+/new-link", "/answers/TOKEN/new-link")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
