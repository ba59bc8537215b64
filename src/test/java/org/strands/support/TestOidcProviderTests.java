package org.strands.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The provider of the sign-in tests publishes its OpenID Connect configuration, as a real one does. */
class TestOidcProviderTests {

    @Test
    void theProviderDescribesItselfAtItsIssuer() throws Exception {
        try (TestOidcProvider provider = TestOidcProvider.start()) {
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(provider.issuer() + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(provider.issuer() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            assertThat(discovery.statusCode()).as(discovery.body()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"issuer\":\"" + provider.issuer() + "\"").contains("userinfo_endpoint");
        }
    }
}
