package org.strands.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.DataTest;

/** Forwarded headers from anyone not named as a trusted proxy (by default, nobody) change nothing. */
@DataTest
class UntrustedForwardedHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aClientCannotClaimHttpsOrAnotherAddress() {
        String username = "claims-" + UUID.randomUUID();

        HttpResponse<String> signIn = new ForwardedRequests(port).get("/sign-in");
        new ForwardedRequests(port).getWithBasic("/api/v1/areas", username, "wrong");

        assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
        assertThat(db.sql("select remote_address from audit_event where action = 'SIGN_IN_FAILED' and actor = ?")
                .param(username).query(String.class).single()).isNotEqualTo(ForwardedRequests.CLIENT).startsWith("127.0.0.1");
    }
}
