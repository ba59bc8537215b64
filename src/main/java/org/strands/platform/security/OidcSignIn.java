package org.strands.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;

/**
 * Sign-in with the configured OpenID Connect provider, beside the username and password: the button on the
 * sign-in page, and the flow in the security filter chain. Present only when an issuer is configured.
 */
public final class OidcSignIn {

    private final OidcSettings settings;
    private final OidcAccounts accounts;
    private final OidcSignInFailureHandler failures;

    OidcSignIn(OidcSettings settings, OidcAccounts accounts, OidcSignInFailureHandler failures) {
        this.settings = settings;
        this.accounts = accounts;
        this.failures = failures;
    }

    /** What the provider is called: the button reads "Sign in with" and this. */
    public String name() {
        return settings.name();
    }

    /** Where the button goes: the start of the sign-in at the provider. */
    public String path() {
        return "/oauth2/authorization/" + settings.registrationId();
    }

    void configure(HttpSecurity http) {
        http.oauth2Login(login -> login.loginPage("/sign-in")
                // the provider's tokens are kept in the session (in PostgreSQL), not in one node's memory
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(user -> user.oidcUserService(accounts))
                .defaultSuccessUrl("/start", false)
                .failureHandler(failures));
    }
}
