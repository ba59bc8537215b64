package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strands.support.FieldErrors.assertErrorBeside;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/** A person changes their own password; signing out is audited. */
@DataTest
class AccountIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

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
    void signingOutIsAudited() {
        FormSession session = new FormSession(port);
        session.signIn("senco", "demo");
        long before = db.sql("select count(*) from audit_event where action = 'SIGN_OUT' and actor = 'senco'").query(Long.class).single();
        session.post("/sign-out", "_csrf", session.csrfToken("/"));
        assertThat(db.sql("select count(*) from audit_event where action = 'SIGN_OUT' and actor = 'senco'").query(Long.class).single())
                .isEqualTo(before + 1);
    }
}
