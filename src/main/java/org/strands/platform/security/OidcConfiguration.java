package org.strands.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.strands.platform.AuditTrail;

/**
 * OpenID Connect sign-in, registered only when an issuer is set: without one the application starts and signs
 * people in exactly as before. The provider's discovery document is read at start-up, so a wrong issuer stops the
 * start with the reason rather than failing later at someone's sign-in.
 */
@Configuration
@Conditional(OidcConfigured.class)
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository oidcProvider(OidcSettings settings) {
        if (settings.clientId() == null || settings.clientId().isBlank()) {
            throw new IllegalStateException("STRANDS_OIDC_ISSUER_URI is set but STRANDS_OIDC_CLIENT_ID is not: "
                    + "set the client id Strands is registered with at " + settings.issuerUri());
        }
        ClientRegistration registration = ClientRegistrations.fromOidcIssuerLocation(settings.issuerUri().strip())
                .registrationId(settings.registrationId())
                .clientId(settings.clientId().strip())
                .clientSecret(settings.clientSecret() == null ? null : settings.clientSecret().strip())
                .scope(settings.scopes())
                .clientName(settings.name())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OidcSignIn oidcSignIn(OidcSettings settings, JdbcClient db, AuditTrail audit) {
        return new OidcSignIn(settings, new OidcAccounts(db, settings.trustEmails(), settings.name()),
                new OidcSignInFailureHandler(audit));
    }
}
