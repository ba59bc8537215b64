package org.strands.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.platform.People;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FollowUpSamples;
import org.strands.support.TestAreas;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/areas/{area}/follow-ups}: counts in every status and the follow-ups soonest due first, addresses masked. */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpsApiIntegrationTests {

    static final String AREA = "followup-api";

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

    long later;
    long sooner;

    @BeforeAll
    void followUpsOfAnAreaOfItsOwn() {
        TestAreas.copyOfStockport(port, people, areas, AREA, "lead", "practitioner", "commissioner");
        long area = areas.find(AREA).orElseThrow().id();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        later = FollowUpSamples.followUp(db, cipher, area, "later.family@example.org", "EASY_ACCESS", "Marple", "DUE", now.plus(9, ChronoUnit.DAYS));
        sooner = FollowUpSamples.followUp(db, cipher, area, "sooner.family@example.org", "REFERRAL", "Heatons", "DUE", now.plus(2, ChronoUnit.DAYS));
        long sent = FollowUpSamples.followUp(db, cipher, area, "sent.family@example.org", "EASY_ACCESS", "Marple", "SENT", now.minus(3, ChronoUnit.DAYS));
        FollowUpSamples.followUp(db, cipher, area, "answered.family@example.org", "EASY_ACCESS", "Marple", "ANSWERED", now.minus(20, ChronoUnit.DAYS));
        FollowUpSamples.failedMessage(db, area, sent, "The address does not exist");
    }

    @Test
    void staffSeeTheCountsAndTheFollowUpsSoonestDueFirstWithAddressesMasked() {
        Api.Response response = Api.at(port).as("practitioner", "demo").get("/api/v1/areas/" + AREA + "/follow-ups");

        assertThat(response.status()).isEqualTo(200);
        JsonNode counts = response.json().get("counts");
        assertThat(counts.get("DUE").asLong()).isEqualTo(2);
        assertThat(counts.get("SENT").asLong()).isEqualTo(1);
        assertThat(counts.get("ANSWERED").asLong()).isEqualTo(1);
        assertThat(counts.get("WITHDRAWN").asLong()).isZero();
        List<Long> ids = new ArrayList<>();
        response.json().get("followUps").forEach(f -> ids.add(f.get("id").asLong()));
        assertThat(ids).hasSize(4).containsSubsequence(sooner, later);
        assertThat(response.body()).contains("s•••@example.org", "The address does not exist").doesNotContain("sooner.family");
    }

    @Test
    void oneStatusListsOnlyItsFollowUps() {
        Api.Response response = Api.at(port).as("lead", "demo").get("/api/v1/areas/" + AREA + "/follow-ups?status=SENT");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("followUps")).hasSize(1);
        assertThat(response.json().get("followUps").get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(response.json().get("followUps").get(0).get("problem").asString()).isEqualTo("The address does not exist");
        assertThat(response.json().get("counts").get("DUE").asLong()).isEqualTo(2);
    }

    @Test
    void aStatusThatIsNotOneIsRefusedNamingTheField() {
        Api.Response response = Api.at(port).as("lead", "demo").get("/api/v1/areas/" + AREA + "/follow-ups?status=LOST");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("column").asString()).isEqualTo("status");
        assertThat(response.json().get("detail").asString()).contains("DUE, SENT, ANSWERED, FAILED, WITHDRAWN or EXPIRED");
    }

    @Test
    void aCommissionerMayNotSeeFollowUps() {
        assertThat(Api.at(port).as("commissioner", "demo").get("/api/v1/areas/" + AREA + "/follow-ups").status()).isEqualTo(403);
    }
}
