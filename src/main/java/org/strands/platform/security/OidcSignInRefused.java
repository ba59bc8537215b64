package org.strands.platform.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider said who someone is, but Strands does not let them in: no verified email address, or no Strands
 * account with it. The advice is the sentence shown to them; the email (or null) is for the audit log.
 */
class OidcSignInRefused extends OAuth2AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final String advice;

    OidcSignInRefused(String reason, String email, String advice) {
        super(new OAuth2Error(reason), advice);
        this.email = email;
        this.advice = advice;
    }

    String email() {
        return email;
    }

    String advice() {
        return advice;
    }
}
