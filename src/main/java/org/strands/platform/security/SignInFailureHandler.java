package org.strands.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in with the form goes back to the form saying so. One held back by the throttle is answered
 * 429 at once, with the sign-in page saying how long to wait (drawn by the page at {@value #WAIT_PAGE}).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    /** Where a held-back attempt is forwarded; the page reads the advice from {@value #ADVICE}. */
    static final String WAIT_PAGE = "/sign-in/wait";
    static final String ADVICE = "strands.signInAdvice";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (e instanceof SignInThrottled throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            request.setAttribute(ADVICE, throttled.advice());
            request.getRequestDispatcher(WAIT_PAGE).forward(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/sign-in?error");
        }
    }
}
