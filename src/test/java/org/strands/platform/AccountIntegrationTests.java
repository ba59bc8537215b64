package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/** A person changes their own password; an area administrator sets a temporary one; signing out is audited. */
@DataTest
class AccountIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

    @Autowired
    AreaRegistry areas;

    @Test
    void aPersonChangesTheirOwnPasswordAndSignsInWithTheNewOneOnly() {
        people.ensure("changer", "Casey Changer", "first password", false);
        FormSession session = new FormSession(port);
        session.signIn("changer", "first password");

        String wrong = session.post("/account/password", "_csrf", session.csrfToken("/account/password"),
                "current", "not it", "password", "second password", "confirm", "second password").body();
        assertErrorBeside(wrong, "current", "Enter your current password");
        String mismatch = session.post("/account/password", "_csrf", session.csrfToken("/account/password"),
                "current", "first password", "password", "second password", "confirm", "second passwort").body();
        assertErrorBeside(mismatch, "confirm", "Enter the same new password twice.");
        assertThat(new FormSession(port).signIn("changer", "second password").headers().firstValue("Location").orElseThrow())
                .as("nothing changed yet").contains("error");

        assertThat(session.post("/account/password", "_csrf", session.csrfToken("/account/password"),
                "current", "first password", "password", "second password", "confirm", "second password").statusCode()).isEqualTo(302);
        assertThat(session.get("/account/password").body()).contains("Your password has been changed.");
        assertThat(new FormSession(port).signIn("changer", "first password").headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(new FormSession(port).signIn("changer", "second password").headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        assertThat(db.sql("select count(*) from audit_event where action = 'PASSWORD_CHANGED' and subject_id = 'changer'")
                .query(Long.class).single()).isOne();
    }

    @Test
    void anAreaAdministratorSetsATemporaryPasswordThatMustBeChangedBeforeAnythingElse() {
        long stockport = areas.find("stockport").orElseThrow().id();
        people.ensure("newcomer", "Nico Newcomer", "original password", false);
        people.grant("newcomer", stockport, Role.PRACTITIONER);
        people.ensure("stockport-admin", "Area administrator only", "demo", false);
        people.grant("stockport-admin", stockport, Role.ADMIN);
        FormSession admin = new FormSession(port);
        admin.signIn("stockport-admin", "demo");
        String page = "/areas/stockport/people/newcomer/password";
        assertErrorBeside(admin.post(page, "_csrf", admin.csrfToken(page), "password", "").body(), "password", "Enter a password.");
        assertThat(admin.post(page, "_csrf", admin.csrfToken(page), "password", "temporary one").statusCode()).isEqualTo(302);
        assertThat(db.sql("select count(*) from audit_event where action = 'TEMPORARY_PASSWORD_SET' and subject_id = 'newcomer'")
                .query(Long.class).single()).isOne();

        FormSession newcomer = new FormSession(port);
        newcomer.signIn("newcomer", "temporary one");
        HttpResponse<String> sent = newcomer.get("/areas/stockport");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
        assertThat(newcomer.get("/account/password").body()).contains("You signed in with a temporary password.");
        Api.Response api = Api.at(port).as("newcomer", "temporary one").get("/api/v1/areas/stockport/glance");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).contains("Choose your own password");
        assertThat(newcomer.post("/account/password", "_csrf", newcomer.csrfToken("/account/password"),
                "current", "temporary one", "password", "my own password", "confirm", "my own password").statusCode()).isEqualTo(302);
        assertThat(newcomer.get("/areas/stockport").statusCode()).isEqualTo(200);

        // someone who also works in another area is the system administrator's to help
        long elsewhere = areas.create("account-elsewhere", "Elsewhere", java.util.List.of(), java.util.List.of()).id();
        people.grant("newcomer", elsewhere, Role.PRACTITIONER);
        assertErrorBeside(admin.post(page, "_csrf", admin.csrfToken(page), "password", "another temporary").body(), "password",
                "also works outside this area");
    }

    @Test
    void signingOutIsAudited() {
        FormSession session = new FormSession(port);
        session.signIn("senco", "demo");
        long before = db.sql("select count(*) from audit_event where action = 'SIGN_OUT' and actor = 'senco'").query(Long.class).single();
        session.post("/sign-out", "_csrf", session.csrfToken("/"));
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_OUT' and actor = 'senco'").query(Long.class).single())
                .isEqualTo(before + 1);
    }
}
