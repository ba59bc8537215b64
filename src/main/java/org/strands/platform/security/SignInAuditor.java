package org.strands.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.strands.platform.AuditTrail;

/**
 * Writes every sign-in with the form, every sign-out and every failed authentication (form or API) to the audit log. An API
 * call with HTTP Basic is not a sign-in, so its success is not logged each time.
 */
@Component
class SignInAuditor {

    private final AuditTrail audit;

    SignInAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), null, "SIGN_IN", "person", event.getAuthentication().getName(),
                event.getAuthentication().getPrincipal() instanceof StrandsOidcUser ? "OpenID Connect" : null);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), null, "SIGN_OUT", "person", event.getAuthentication().getName(), null);
    }

    /** A failed authentication; one the sign-in throttle held back is audited by the throttle itself. */
    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInThrottled) {
            return;
        }
        String name = String.valueOf(event.getAuthentication().getName());
        audit.recordAs(name, null, "SIGN_IN_FAILED", "person", name, event.getException().getClass().getSimpleName());
    }
}
