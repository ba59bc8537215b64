package org.strands.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.strands.platform.AuditTrail;

/**
 * A sign-in through OpenID Connect that did not succeed, audited like a failed password sign-in. Someone the
 * provider knows but Strands does not let in is answered 403 with the page at {@value #NO_ACCOUNT_PAGE} saying
 * why; anything else (the provider refused, or the answer could not be checked) goes back to the sign-in page.
 */
class OidcSignInFailureHandler implements AuthenticationFailureHandler {

    static final String NO_ACCOUNT_PAGE = "/sign-in/no-account";
    /** The request attribute the page reads its advice from. */
    static final String ADVICE = "strands.oidcAdvice";

    private final AuditTrail audit;

    OidcSignInFailureHandler(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        String reason = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : e.getClass().getSimpleName();
        String who = e instanceof OidcSignInRefused refused && refused.email() != null ? refused.email() : "unknown";
        audit.recordAs(who, null, "SIGN_IN_FAILED", "person", who, "OpenID Connect: " + reason);
        if (e instanceof OidcSignInRefused refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.setAttribute(ADVICE, refused.advice());
            request.getRequestDispatcher(NO_ACCOUNT_PAGE).forward(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/sign-in?provider-error");
        }
    }
}
