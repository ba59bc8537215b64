package org.strands.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** OpenID Connect sign-in is registered only when an issuer is set; settings read from the environment are tidied. */
class OidcConfigurationTests {

    @EnableConfigurationProperties(OidcSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, OidcConfiguration.class);

    @Test
    void withoutAnIssuerNothingIsRegistered() {
        runner.withPropertyValues("strands.oidc.issuer-uri=", "strands.oidc.client-id=strands").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ClientRegistrationRepository.class).doesNotHaveBean(OidcSignIn.class);
        });
    }

    @Test
    void anIssuerWithoutAClientIdStopsTheStartSayingWhatIsMissing() {
        runner.withPropertyValues("strands.oidc.issuer-uri=https://login.example.org").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("STRANDS_OIDC_CLIENT_ID is not"));
    }

    @Test
    void scopesAlwaysIncludeOpenidOnceAndBlankNamesFallBack() {
        OidcSettings settings = new OidcSettings("https://login.example.org", "strands", "secret", " ",
                java.util.List.of("email", " profile", "email"), "", false);
        assertThat(settings.scopes()).containsExactly("openid", "email", "profile");
        assertThat(settings.name()).isEqualTo("your organisation account");
        assertThat(settings.registrationId()).isEqualTo("oidc");
    }
}
