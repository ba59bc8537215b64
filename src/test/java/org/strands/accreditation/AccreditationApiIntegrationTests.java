package org.strands.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.support.Api;
import org.strands.support.DataTest;
import tools.jackson.databind.JsonNode;

/**
 * The scheme's API: the cohorts with their settings' statuses, and one setting's ratings, evidence, mentor, status and
 * history; a commissioner sees every setting, the demo senco only their school, the demo mentor those they mentor, and a
 * setting out of reach is answered 404 as problem details.
 */
@DataTest
class AccreditationApiIntegrationTests {

    static final String BASE = "/api/v1/areas/stockport/accreditation";

    @LocalServerPort
    int port;

    @Autowired
    AreaRegistry areas;

    @Autowired
    Enrolments enrolments;

    @Autowired
    SettingStaff staff;

    @Test
    void aCommissionerSeesEveryCohortAndEverySetting() {
        Area stockport = areas.find("stockport").orElseThrow();
        Api commissioner = Api.at(port).as("commissioner", "demo");
        Api.Response cohorts = commissioner.get(BASE + "/cohorts");
        assertThat(cohorts.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        int settings = 0;
        for (JsonNode c : cohorts.json()) {
            names.add(c.get("name").asString());
            settings += c.get("settings").size();
        }
        assertThat(names).contains("2027 schools and settings", "2024 pilot");
        assertThat(settings).isEqualTo(enrolments.all(stockport).size());
        JsonNode first = cohorts.json().get(0).get("settings").get(0);
        assertThat(first.get("status").get("code").asString()).isNotBlank();
        assertThat(first.get("status").get("label").asString()).isNotBlank();
        assertThat(first.has("urn")).isTrue();

        Enrolment excellent = enrolments.current(stockport).stream().filter(e -> e.status() == SchemeStatus.CENTRE_OF_EXCELLENCE)
                .findFirst().orElseThrow();
        Api.Response setting = commissioner.get(BASE + "/settings/" + excellent.settingRef());
        assertThat(setting.status()).isEqualTo(200);
        JsonNode s = setting.json();
        assertThat(s.get("status").get("code").asString()).isEqualTo("CENTRE_OF_EXCELLENCE");
        assertThat(s.get("mentor").get("username").asString()).isEqualTo("mentor");
        assertThat(s.get("recommendation").asString()).isEqualTo("Centre of Excellence");
        assertThat(s.get("awardedOn").isNull()).isFalse();
        assertThat(s.get("expiresOn").isNull()).isFalse();
        assertThat(s.get("ratings").size()).isGreaterThan(20);
        assertThat(s.get("ratings").get(0).get("rating").asString()).isEqualTo("EMBEDDED");
        assertThat(s.get("evidence").isArray()).isTrue();
        assertThat(s.get("history").size()).as("joined, sent, recommended, awarded").isGreaterThanOrEqualTo(4);
        assertThat(s.get("history").get(0).get("from").isNull()).isTrue();
        assertThat(s.toString()).doesNotContain("\"content\"", "bytes\"");
    }

    @Test
    void theSencoSeesOnlyTheirSchoolAndAnotherIsNotFound() {
        Area stockport = areas.find("stockport").orElseThrow();
        String mine = staff.settingsOf(stockport, "senco").getFirst();
        Api senco = Api.at(port).as("senco", "demo");
        Api.Response cohorts = senco.get(BASE + "/cohorts");
        assertThat(cohorts.status()).isEqualTo(200);
        List<String> refs = new ArrayList<>();
        cohorts.json().forEach(c -> c.get("settings").forEach(s -> refs.add(s.get("ref").asString())));
        assertThat(refs).containsExactly(mine);

        assertThat(senco.get(BASE + "/settings/" + mine).status()).isEqualTo(200);
        String another = enrolments.current(stockport).stream().map(Enrolment::settingRef).filter(r -> !r.equals(mine)).findFirst().orElseThrow();
        Api.Response refused = senco.get(BASE + "/settings/" + another);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(refused.body()).doesNotContain("ratings");
        assertThat(senco.get(BASE + "/settings/999999").status()).isEqualTo(404);
    }

    @Test
    void theMentorSeesTheSettingsTheyMentor() {
        Area stockport = areas.find("stockport").orElseThrow();
        Api mentor = Api.at(port).as("mentor", "demo");
        Api.Response cohorts = mentor.get(BASE + "/cohorts");
        assertThat(cohorts.status()).isEqualTo(200);
        List<String> refs = new ArrayList<>();
        cohorts.json().forEach(c -> c.get("settings").forEach(s -> {
            refs.add(s.get("ref").asString());
            assertThat(s.get("mentor").get("username").asString()).isEqualTo("mentor");
        }));
        List<String> mentored = enrolments.current(stockport).stream().filter(e -> "mentor".equals(e.mentor())).map(Enrolment::settingRef).toList();
        assertThat(refs).containsExactlyInAnyOrderElementsOf(mentored);
        assertThat(mentor.get(BASE + "/settings/" + mentored.getFirst()).status()).isEqualTo(200);
    }
}
