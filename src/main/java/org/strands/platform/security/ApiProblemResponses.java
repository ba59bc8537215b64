package org.strands.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 for the API as RFC 9457 problem details. Pages are refused through the error page instead
 * ({@code SecurityConfiguration}), which answers a browser with HTML and a JSON client with a problem.
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.advice(), request.getRequestURI());
            return;
        }
        if (e instanceof BearerTokenFilter.InvalidToken) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            write(response, HttpStatus.UNAUTHORIZED, e.getMessage(), request.getRequestURI());
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            // not to a browser's address bar: a browser that cached Basic credentials would send them cross-site
            response.setHeader("WWW-Authenticate", "Basic realm=\"Strands\"");
        }
        write(response, HttpStatus.UNAUTHORIZED, "Sign in to use this. The API takes an API token (Authorization: Bearer) or HTTP Basic for local accounts.",
                request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.", request.getRequestURI());
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
                + instance.replace("\"", "") + "\"}");
    }
}
