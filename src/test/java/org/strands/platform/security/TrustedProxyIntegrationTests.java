package org.strands.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.strands.support.DataTest;

/** Behind a TLS proxy that Strands is told to trust, the client's address and its use of HTTPS are believed. */
@DataTest
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
class TrustedProxyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> signIn = new ForwardedRequests(port).get("/sign-in");

        assertThat(signIn.statusCode()).isEqualTo(200);
        assertThat(signIn.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
        assertThat(signIn.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void theAuditLogAndTheThrottleSeeTheClientsAddressNotTheProxys() {
        String username = "proxied-" + UUID.randomUUID();

        assertThat(new ForwardedRequests(port).getWithBasic("/api/v1/areas", username, "wrong").statusCode()).isEqualTo(401);

        assertThat(db.sql("select remote_address from audit_event where action = 'SIGN_IN_FAILED' and actor = ?")
                .param(username).query(String.class).single()).isEqualTo(ForwardedRequests.CLIENT);
    }
}
