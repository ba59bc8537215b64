package org.strands.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.strands.platform.AreaRegistry;
import org.strands.platform.People;
import org.strands.platform.Role;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/**
 * Where people start after signing in: a school's staff at their school or setting, a mentor at the settings they
 * mentor, and anyone who works across the area at the list of their areas, as before.
 */
@DataTest
class SchemeLandingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Test
    void aSchoolsStaffStartAtTheirSchoolAndAMentorAtTheirMentoring() {
        long stockport = areas.find("stockport").orElseThrow().id();
        people.ensure("landing-staff", "Zoe Landing", "demo", false);
        people.grant("landing-staff", stockport, Role.SETTING_STAFF);
        people.ensure("landing-mentor", "Zac Landing", "demo", false);
        people.grant("landing-mentor", stockport, Role.MENTOR);

        assertThat(startOf("landing-staff")).isEqualTo("/areas/stockport/my-setting");
        assertThat(startOf("landing-mentor")).isEqualTo("/areas/stockport/my-mentoring");
        assertThat(startOf("commissioner")).isEqualTo("/");
    }

    private String startOf(String username) {
        FormSession session = new FormSession(port);
        var signedIn = session.signIn(username, "demo");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/start");
        var start = session.get("/start");
        assertThat(start.statusCode()).isEqualTo(302);
        return java.net.URI.create(start.headers().firstValue("Location").orElseThrow()).getPath();
    }
}
