package org.strands.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Puts {@link TestDatabase#properties()} first in every test context's environment. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new java.util.HashMap<>(TestDatabase.properties());
        String demo = context.getEnvironment().getProperty("strands.demo.enabled", "");
        if (demo.isBlank()) {
            properties.put("strands.demo.enabled", true); // tests sign in with the demo accounts on either database
        }
        if (context.getEnvironment().getProperty("strands.contacts.key", "").isBlank()) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key); // each test database its own contact key, as each deployment
            properties.put("strands.contacts.key", java.util.Base64.getEncoder().encodeToString(key));
        }
        if (context.getEnvironment().getProperty("strands.directory.search-cache", "").isBlank()) {
            // tests change entries behind the application's back and search again at once; the cache has tests of its own
            properties.put("strands.directory.search-cache", "0s");
        }
        properties.put("server.shutdown", "immediate"); // clients' keep-alive connections must not hold up the test JVM
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("strands-test-database", properties));
    }
}
