package org.strands.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider (Spring Authorization Server) on a random port of {@code localhost}, for the
 * sign-in tests. It signs in its own people with a form and tells Strands their email address and whether it is
 * verified, and also claims roles, which Strands must ignore. Strands is reached at {@code 127.0.0.1}, so the two
 * keep their cookies apart in one browser, and the provider accepts the redirect to any port of that loopback address.
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "strands";
    public static final String CLIENT_SECRET = "a-test-client-secret";
    public static final String REGISTRATION_ID = "test-provider";
    public static final String NAME = "Test provider";
    /** Every person's password at the provider. */
    public static final String PASSWORD = "provider-password";

    /** A person at the provider. */
    public record Account(String username, String email, boolean emailVerified) {
    }

    /** Has a Strands account with this email (written there in other cases) once the test has given it one. */
    public static final Account KNOWN = new Account("known", "oidc.person@strands.test", true);
    /** Nobody in Strands has this email. */
    public static final Account STRANGER = new Account("stranger", "nobody@strands.test", true);
    /** The known person's email, but not verified by the provider. */
    public static final Account UNVERIFIED = new Account("unverified", "oidc.person@strands.test", false);

    private static final List<Account> ACCOUNTS = List.of(KNOWN, STRANGER, UNVERIFIED);

    private final ConfigurableApplicationContext context;

    private TestOidcProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static TestOidcProvider start() {
        SpringApplication application = new SpringApplication(Server.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setRegisterShutdownHook(false);
        application.setListeners(List.of()); // none of Strands' configuration files, and the test's logging left alone
        return new TestOidcProvider(application.run());
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String issuer() {
        return "http://localhost:" + port();
    }

    /** The settings that point Strands at this provider. */
    public Map<String, String> strandsProperties() {
        return Map.of("strands.oidc.issuer-uri", issuer(), "strands.oidc.client-id", CLIENT_ID,
                "strands.oidc.client-secret", CLIENT_SECRET, "strands.oidc.name", NAME,
                "strands.oidc.registration-id", REGISTRATION_ID);
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's beans; not a {@code @Configuration}, so that Strands' own component scan in a test leaves it out. */
    @EnableWebSecurity
    static class Server {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setRegisterDefaultServlet(true); // Tomcat runs the filters (the whole provider) only for a mapped servlet
            return tomcat;
        }

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults())); // for the userinfo endpoint
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(ACCOUNTS.stream()
                    .map(a -> User.withUsername(a.username()).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // a loopback address: any port is accepted at the time of the request (RFC 8252)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION_ID)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(false).build())
                    .build());
        }

        /** The email claims of the ID token (the userinfo endpoint answers from them), and roles Strands must not use. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emails() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                ACCOUNTS.stream().filter(a -> a.username().equals(context.getPrincipal().getName())).findFirst()
                        .ifPresent(a -> context.getClaims().claim("email", a.email()).claim("email_verified", a.emailVerified())
                                .claim("roles", List.of("ADMIN", "SYSTEM_ADMIN")).claim("groups", List.of("ROLE_SYSTEM_ADMIN")));
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
