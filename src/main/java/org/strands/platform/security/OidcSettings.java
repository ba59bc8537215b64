package org.strands.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with an OpenID Connect provider (Entra ID, NHS CIS2 or any other), on only when the issuer is set.
 *
 * @param issuerUri the provider's issuer, whose {@code /.well-known/openid-configuration} is read at start-up
 * @param clientId the client id Strands is registered with at the provider
 * @param clientSecret its client secret
 * @param name what the provider is called on the sign-in button: "Sign in with {name}"
 * @param scopes the scopes asked for; {@code openid} is always among them, and {@code email} is needed
 * @param registrationId the last part of the redirect URI registered at the provider, {@code /login/oauth2/code/{registrationId}}
 * @param trustEmails whether an email address the provider does not mark verified is trusted all the same (for
 *     providers such as Entra ID that do not send {@code email_verified} but control the addresses themselves)
 */
@ConfigurationProperties("strands.oidc")
record OidcSettings(String issuerUri, String clientId, String clientSecret,
        @DefaultValue("your organisation account") String name, @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("oidc") String registrationId, @DefaultValue("false") boolean trustEmails) {

    OidcSettings {
        name = name == null || name.isBlank() ? "your organisation account" : name.strip();
        registrationId = registrationId == null || registrationId.isBlank() ? "oidc" : registrationId.strip();
        List<String> asked = new ArrayList<>();
        (scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "email") : scopes).stream().map(String::strip)
                .filter(s -> !s.isEmpty() && !asked.contains(s)).forEach(asked::add);
        if (!asked.contains("openid")) {
            asked.addFirst("openid");
        }
        scopes = List.copyOf(asked);
    }

    boolean configured() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
