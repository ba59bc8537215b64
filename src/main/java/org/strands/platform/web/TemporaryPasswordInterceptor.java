package org.strands.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.strands.platform.Forbidden;
import org.strands.platform.People;

/**
 * Someone who signed in with a temporary password chooses their own before anything else: every page sends them
 * to the change of password, and the API refuses them in words.
 */
@Component
class TemporaryPasswordInterceptor implements HandlerInterceptor {

    static final String CHANGE = "/account/password";

    private final People people;

    TemporaryPasswordInterceptor(People people) {
        this.people = people;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(handler instanceof HandlerMethod) || auth == null || auth instanceof AnonymousAuthenticationToken
                || !auth.isAuthenticated() || !people.mustChangePassword(auth.getName())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(CHANGE) || path.equals("/error") || path.equals("/accessibility")) {
            return true;
        }
        if (path.startsWith("/api/")) {
            throw new Forbidden("Choose your own password before using Strands: you signed in with a temporary one. "
                    + "Sign in on the web to change it.");
        }
        response.sendRedirect(request.getContextPath() + CHANGE);
        return false;
    }
}
