package org.strands.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.strands.platform.ApiTokens;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} as the token's owner, for that
 * request alone (nothing is kept in a session). The authentication's details are the {@link ApiTokens.Bearer},
 * so that a handler can tell a token from a password. A token that is not valid is a 401 problem at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final ApiProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, ApiProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** An expired, revoked or unknown token. */
    static final class InvalidToken extends AuthenticationException {
        InvalidToken() {
            super("This API token is not valid: it may have expired or been revoked.");
        }
    }

    /**
     * The public API takes no credentials of ours: a bearer sent there is the caller's own business (GOV.UK Notify's
     * receipts carry the token an area gave it, which the receiving handler checks).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || publicPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The public API and the directory's Open Referral feed. */
    private static boolean publicPath(String path) {
        return path.startsWith("/api/v1/public/") || path.equals("/oruk") || path.startsWith("/oruk/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiTokens.Bearer> bearer = tokens.authenticate(request.getHeader("Authorization").substring(SCHEME.length()).strip());
        if (bearer.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new InvalidToken());
            return;
        }
        UsernamePasswordAuthenticationToken owner = UsernamePasswordAuthenticationToken.authenticated(bearer.get().username(), null,
                PersonDetailsService.authorities(bearer.get().systemAdmin()));
        owner.setDetails(bearer.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(owner);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
