package org.strands.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;
import static org.strands.support.FieldErrors.valueOf;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferAndActionFormsIntegrationTests {

    static final String PAGES = "/areas/forms-test/provision";
    static final String API = "/api/v1/areas/forms-test/provision";

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    FormSession lead;

    @BeforeAll
    void signIn() {
        TestAreas.copyOfStockport(port, people, areas, "forms-test", "lead");
        lead = new FormSession(port);
        lead.signIn("lead", "demo");
    }

    private HttpResponse<String> postOffer(String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "_csrf";
        all[1] = lead.csrfToken(PAGES + "/offers/new");
        System.arraycopy(fields, 0, all, 2, fields.length);
        return lead.post(PAGES + "/offers", all);
    }

    @Test
    void aDecimalCommaIsRefusedOnTheOfferFormBesideItsFieldWithEverythingKept() {
        HttpResponse<String> page = postOffer("partner", "Comma Partner", "partnerType", "OTHER", "name", "Comma offer",
                "outcomes", "IN2", "outcomes", "FS1", "entry", "PROVISION", "status", "CURRENT", "annualHours", "1,5",
                "annualCapacity", "1,500", "ageFrom", "four");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertErrorBeside(html, "annualHours", "\"1,5\" is not a number: use a full stop for decimals (1.5) and commas only between thousands (1,500).");
        assertErrorBeside(html, "ageFrom", "\"four\" is not a number.");
        assertThat(html).doesNotContain("id=\"annualCapacity-error\"");
        assertThat(valueOf(html, "annualHours")).isEqualTo("1,5");
        assertThat(valueOf(html, "annualCapacity")).isEqualTo("1,500");
        assertThat(valueOf(html, "ageFrom")).isEqualTo("four");
        assertThat(valueOf(html, "partner")).isEqualTo("Comma Partner");
        assertThat(html).containsPattern("value=\"IN2\"\\s+checked").containsPattern("id=\"outcomes\"[^>]*value=\"FS1\"\\s+checked");
        assertThat(html).doesNotContain("<select class=\"govuk-select\" multiple").doesNotContain(" multiple");
        assertThat(db.sql("select count(*) from offer where name = 'Comma offer'").query(Long.class).single()).isZero();
    }

    @Test
    void theApiRefusesADecimalCommaWithTheSameMessageAndReadsThousandsSeparators() {
        Api api = Api.at(port).as("lead", "demo");
        Api.Response refused = api.post(API + "/offers", """
                {"partner":"Api Comma","partnerType":"OTHER","name":"Api comma","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT",
                 "annualHours":"1,5"}""");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("column").asString()).isEqualTo("annualHours");
        assertThat(error.get("message").asString())
                .isEqualTo("\"1,5\" is not a number: use a full stop for decimals (1.5) and commas only between thousands (1,500).");
        JsonNode saved = api.post(API + "/offers", """
                {"partner":"Api Comma","partnerType":"OTHER","name":"Api thousands","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT",
                 "annualCapacity":"1,500","annualHours":12.5}""").json();
        assertThat(saved.get("annualCapacity").asInt()).isEqualTo(1500);
        assertThat(saved.get("annualHours").decimalValue()).isEqualByComparingTo("12.5");
    }

    @Test
    void theOfferRulesAreShownBesideTheirFieldsTooAndThousandsSeparatorsAreRead() {
        String html = postOffer("partner", "", "partnerType", "OTHER", "name", "Rule offer", "entry", "PROVISION", "status", "CURRENT",
                "annualHours", "1.55").body();
        assertErrorBeside(html, "partner", "Enter the partner's name.");
        assertErrorBeside(html, "outcomes", "Enter at least one outcome code");
        assertErrorBeside(html, "annualHours", "1.55 has more than 1 decimal place.");
        HttpResponse<String> saved = postOffer("partner", "Thousands Partner", "partnerType", "OTHER", "name", "Thousands offer",
                "outcomes", "IN1", "entry", "PROVISION", "status", "CURRENT", "annualCapacity", "1,500", "annualCost", "£2,000.50");
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode offer = Api.at(port).as("lead", "demo").get(API + "/offers").json().valueStream()
                .filter(o -> o.get("name").asString().equals("Thousands offer")).findFirst().orElseThrow();
        assertThat(offer.get("annualCapacity").asInt()).isEqualTo(1500);
        assertThat(offer.get("annualCost").decimalValue()).isEqualByComparingTo("2000.50");
    }

    @Test
    void withdrawingAnOfferAsksFirstThenKeepsItWithItsHistoryAndAnAuditEntry() {
        Api api = Api.at(port).as("lead", "demo");
        long id = api.post(API + "/offers", """
                {"partner":"Withdraw Partner","partnerType":"OTHER","name":"To withdraw","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT"}""")
                .json().get("id").asLong();
        String confirm = lead.get(PAGES + "/offers/" + id + "/withdraw").body();
        assertThat(confirm).contains("Are you sure you want to withdraw").contains("govuk-button--warning");
        assertThat(api.get(API + "/offers/" + id).json().get("status").asString()).isEqualTo("CURRENT");
        HttpResponse<String> done = lead.post(PAGES + "/offers/" + id + "/withdraw", "_csrf", lead.csrfToken(PAGES + "/offers/" + id + "/withdraw"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(api.get(API + "/offers/" + id).json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(api.get(API + "/offers/" + id + "/history").json().size()).isEqualTo(2);
        assertThat(db.sql("select count(*) from audit_event where action = 'OFFER_WITHDRAWN' and subject_id = ?").param(String.valueOf(id))
                .query(Long.class).single()).isOne();
        long other = api.post(API + "/offers", """
                {"partner":"Withdraw Partner","partnerType":"OTHER","name":"By API","outcomes":["IN1"],"entry":"PROVISION","status":"CURRENT"}""")
                .json().get("id").asLong();
        assertThat(api.post(API + "/offers/" + other + "/withdraw", "").json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    private HttpResponse<String> postAction(String path, String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "_csrf";
        all[1] = lead.csrfToken(PAGES + "/actions");
        System.arraycopy(fields, 0, all, 2, fields.length);
        return lead.post(path, all);
    }

    @Test
    void theActionPlanAccepts31March2027InTheDateBoxesOrTypedWhole() {
        assertThat(postAction(PAGES + "/actions", "title", "Boxes action", "owner", "Lee", "dueOnDay", "31", "dueOnMonth", "03",
                "dueOnYear", "2027", "outcomes", "IN2").statusCode()).isEqualTo(302);
        assertThat(postAction(PAGES + "/actions", "title", "Typed action", "owner", "Lee", "dueOnDay", "31/03/2027").statusCode()).isEqualTo(302);
        JsonNode actions = Api.at(port).as("lead", "demo").get(API + "/actions").json();
        assertThat(actions.valueStream().filter(a -> a.get("title").asString().endsWith(" action"))
                .map(a -> a.get("dueOn").asString())).containsOnly("2027-03-31");
        JsonNode byApi = Api.at(port).as("lead", "demo").post(API + "/actions", "{\"title\":\"API action\",\"owner\":\"Lee\",\"dueOn\":\"31/03/2027\"}").json();
        assertThat(byApi.get("dueOn").asString()).isEqualTo(LocalDate.of(2027, 3, 31).toString());
    }

    @Test
    void theActionPlanKeepsEverythingEnteredOnAnError() {
        HttpResponse<String> page = postAction(PAGES + "/actions", "title", "Kept action", "owner", "", "dueOnDay", "31",
                "dueOnMonth", "", "dueOnYear", "2027", "outcomes", "FS3", "localities", localityName());
        String html = page.body();
        assertErrorBeside(html, "owner", "Enter who owns the action.");
        assertErrorBeside(html, "dueOn", "The date must include a month.");
        assertThat(valueOf(html, "title")).isEqualTo("Kept action");
        assertThat(valueOf(html, "dueOn-day")).isEqualTo("31");
        assertThat(valueOf(html, "dueOn-year")).isEqualTo("2027");
        assertThat(html).containsPattern("value=\"FS3\"\\s+checked").contains("href=\"#dueOn-month\"");
        assertThat(html).containsPattern("value=\"" + java.util.regex.Pattern.quote(localityName()) + "\"\\s+checked");
        assertThat(db.sql("select count(*) from action where title = 'Kept action'").query(Long.class).single()).isZero();
    }

    @Test
    void anActionCanBeChangedAndDeletedAfterConfirmingWithTheAuditLogKeepingIt() {
        postAction(PAGES + "/actions", "title", "Change me", "owner", "Lee", "dueOnDay", "1", "dueOnMonth", "4", "dueOnYear", "2027");
        long id = db.sql("select id from action where title = 'Change me'").query(Long.class).single();
        String edit = lead.get(PAGES + "/actions/" + id + "/edit").body();
        assertThat(valueOf(edit, "title")).isEqualTo("Change me");
        assertThat(valueOf(edit, "dueOn-month")).isEqualTo("4");
        String bad = postAction(PAGES + "/actions/" + id + "/edit", "title", "Changed", "owner", "Lee", "dueOnDay", "31", "dueOnMonth", "2",
                "dueOnYear", "2027").body();
        assertErrorBeside(bad, "dueOn", "is not a real date");
        assertThat(valueOf(bad, "title")).isEqualTo("Changed");
        assertThat(postAction(PAGES + "/actions/" + id + "/edit", "title", "Changed", "owner", "Lou", "dueOnDay", "30", "dueOnMonth", "6",
                "dueOnYear", "2027").statusCode()).isEqualTo(302);
        assertThat(db.sql("select title || ' ' || owner || ' ' || due_on from action where id = ?").param(id).query(String.class).single())
                .isEqualTo("Changed Lou 2027-06-30");
        assertThat(lead.get(PAGES + "/actions/" + id + "/remove").body()).contains("Are you sure you want to delete “Changed”?");
        assertThat(db.sql("select count(*) from action where id = ?").param(id).query(Long.class).single()).isOne();
        assertThat(lead.post(PAGES + "/actions/" + id + "/remove", "_csrf", lead.csrfToken(PAGES + "/actions/" + id + "/remove")).statusCode())
                .isEqualTo(302);
        assertThat(db.sql("select count(*) from action where id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(db.sql("select detail from audit_event where action = 'ACTION_DELETED' and subject_id = ?").param(String.valueOf(id))
                .query(String.class).single()).contains("“Changed”").contains("deleted by lead");
    }

    @Test
    void anActionCanBeChangedAndDeletedThroughTheApi() {
        Api api = Api.at(port).as("lead", "demo");
        long id = api.post(API + "/actions", "{\"title\":\"API change\",\"owner\":\"Lee\"}").json().get("id").asLong();
        JsonNode changed = api.put(API + "/actions/" + id, "{\"title\":\"API changed\",\"outcomes\":[\"WW1\"],\"dueOn\":\"31 3 2027\"}").json();
        assertThat(changed.get("title").asString()).isEqualTo("API changed");
        assertThat(changed.get("outcomes").get(0).asString()).isEqualTo("WW1");
        assertThat(changed.get("dueOn").asString()).isEqualTo("2027-03-31");
        assertThat(api.put(API + "/actions/" + id, "{\"dueOn\":\"31/02/2027\"}").status()).isEqualTo(422);
        assertThat(api.delete(API + "/actions/" + id).status()).isEqualTo(204);
        assertThat(api.get(API + "/actions").json().valueStream().noneMatch(a -> a.get("id").asLong() == id)).isTrue();
    }

    private String localityName() {
        return db.sql("select l.name from locality l join area a on a.id = l.area_id where a.slug = 'forms-test' order by l.name limit 1")
                .query(String.class).single();
    }
}
