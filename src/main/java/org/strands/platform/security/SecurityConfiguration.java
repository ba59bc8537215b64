package org.strands.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.strands.platform.ApiTokens;

/**
 * Pages sign in with a form and a session; the API also takes API tokens (Bearer) and HTTP Basic. Forms and cookie-authenticated
 * API calls need a CSRF token; a request that carries its own credentials does not. Strict headers
 * everywhere: no inline script or style is allowed by the Content-Security-Policy. Who may do what once signed
 * in is declared on each handler ({@code @Requires}) and checked by {@code platform.web.PermissionInterceptor};
 * the paths opened here are those of {@code @Public} handlers (the public pages and API, and the directory's Open
 * Referral feed under {@code /oruk/}), static files, health and the public part of the API documentation; the rest of the actuator is for system administrators alone.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The public API and the directory's Open Referral feed: open to everyone, taking no cookie and no credentials. */
    private static final RequestMatcher PUBLIC_API = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/v1/public/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/oruk"), PathPatternRequestMatcher.withDefaults().matcher("/oruk/**"));

    @Bean
    SecurityFilterChain strands(HttpSecurity http, ApiProblemResponses problems, ApiTokens tokens, ObjectProvider<OidcSignIn> oidc)
            throws Exception {
        // the API and the actuator answer machines: a refusal is a 401 or 403 problem, never a redirect to sign in
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"), PUBLIC_API);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/sign-in", "/sign-in/wait", "/sign-in/no-account", "/error",
                        "/framework", "/accessibility", "/actuator/health/**", "/actuator/health",
                        "/api/docs", "/api/docs/openapi.json/public", "/api/docs/openapi.json/swagger-config",
                        "/swagger-ui/**", "/public/**", "/api/v1/public/**", "/oruk", "/oruk/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/framework").permitAll()
                // metrics and build information are for those who run the service
                .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                .defaultSuccessUrl("/start", false).failureHandler(new SignInFailureHandler()))
            .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
            .httpBasic(basic -> basic.authenticationEntryPoint(problems))
            .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
            .exceptionHandling(exceptions -> exceptions
                .defaultAuthenticationEntryPointFor(problems, api)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"), new NegatedRequestMatcher(api))
                .defaultAccessDeniedHandlerFor(problems, api)
                // pages: a form sent after the session ended goes back to sign in, saying so; anything else is the
                // error page, which answers a browser with HTML and a JSON client with a problem
                .defaultAccessDeniedHandlerFor((request, response, denied) -> {
                    if (denied instanceof CsrfException && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
                        response.sendRedirect(request.getContextPath() + "/sign-in?expired");
                    } else {
                        new AccessDeniedHandlerImpl().handle(request, response, denied);
                    }
                }, new NegatedRequestMatcher(api)))
            // the public API takes no cookie and no credentials, so there is nothing for another site to forge
            .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request) && !carriesItsOwnCredentials(request, api)
                    && !PUBLIC_API.matches(request)))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        oidc.ifAvailable(signIn -> signIn.configure(http)); // only when an OpenID Connect issuer is configured
        return http.build();
    }

    /**
     * An API client that sends its own credentials needs no CSRF token; a browser sending a cross-site
     * request (which it marks with Sec-Fetch-Site) does, even if it has Basic credentials cached.
     */
    static boolean carriesItsOwnCredentials(jakarta.servlet.http.HttpServletRequest request, RequestMatcher api) {
        String site = request.getHeader("Sec-Fetch-Site");
        return api.matches(request) && request.getHeader("Authorization") != null
                && (site == null || "same-origin".equals(site) || "none".equals(site));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DemoPasswordRefusingProvider localAccounts(UserDetailsService people, PasswordEncoder encoder, PasswordPolicy policy,
            SignInThrottle throttle) {
        return new DemoPasswordRefusingProvider(people, encoder, policy, throttle);
    }
}
