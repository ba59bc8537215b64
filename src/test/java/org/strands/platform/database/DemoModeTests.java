package org.strands.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTests {

    final DatabaseConfiguration configuration = new DatabaseConfiguration();

    @Test
    void theEmbeddedDatabaseIsTheDemoUnlessSaidOtherwise() {
        var embedded = new DatabaseSettings("", "strands_app", "", "postgres", "", "data", true);
        assertThat(configuration.demoMode(embedded, new MockEnvironment()).enabled()).isTrue();
        assertThat(configuration.demoMode(embedded, new MockEnvironment().withProperty("strands.demo.enabled", "false")).enabled()).isFalse();
    }

    @Test
    void anExternalDatabaseIsNotTheDemoUnlessSaidSo() {
        var external = new DatabaseSettings("jdbc:postgresql://db/strands", "strands", "secret", "owner", "secret", "data", true);
        assertThat(configuration.demoMode(external, new MockEnvironment()).enabled()).isFalse();
        assertThat(configuration.demoMode(external, new MockEnvironment().withProperty("strands.demo.enabled", "")).enabled()).isFalse();
        assertThat(configuration.demoMode(external, new MockEnvironment().withProperty("strands.demo.enabled", "true")).enabled()).isTrue();
    }
}
