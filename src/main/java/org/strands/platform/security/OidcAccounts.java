package org.strands.platform.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who someone signing in through OpenID Connect is in Strands: the account whose email address is the verified
 * address the provider gives, compared without regard to case. What they may do comes from Strands alone
 * (system administrator or not here, their roles per area on every request); roles or groups the provider sends
 * are ignored. Nothing is written, so any number of sign-ins with one address may run at once.
 */
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final JdbcClient db;
    private final boolean trustEmails;
    private final String providerName;

    OidcAccounts(JdbcClient db, boolean trustEmails, String providerName) {
        this.db = db;
        this.trustEmails = trustEmails;
        this.providerName = providerName;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser fromProvider = provider.loadUser(request);
        String email = fromProvider.getEmail() == null ? null : fromProvider.getEmail().strip();
        if (email == null || email.isEmpty()) {
            throw new OidcSignInRefused("no_email", null, "Signing in with " + providerName
                    + " did not give Strands your email address, so Strands cannot tell which account is yours.");
        }
        if (!trustEmails && !Boolean.TRUE.equals(fromProvider.getEmailVerified())) {
            throw new OidcSignInRefused("email_not_verified", email, providerName + " has not confirmed that " + email
                    + " is your email address, so Strands cannot use it to find your account. Confirm it with "
                    + providerName + " and try again.");
        }
        record Account(String username, boolean systemAdmin, boolean enabled) {
        }
        Account account = db.sql("select username, system_admin, enabled from person where lower(email) = lower(?)")
                .param(email).query(Account.class).optional().filter(Account::enabled)
                .orElseThrow(() -> new OidcSignInRefused("no_strands_account", email, "There is no Strands account with the email address "
                        + email + ". Ask your area administrator to add you, or to put this email address on your account."));
        return new StrandsOidcUser(account.username(), PersonDetailsService.authorities(account.systemAdmin()), fromProvider);
    }
}
