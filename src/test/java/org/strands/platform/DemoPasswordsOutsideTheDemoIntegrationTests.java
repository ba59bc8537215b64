package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.strands.support.Api;
import org.strands.support.DataTest;

@DataTest
@TestPropertySource(properties = "strands.demo.enabled=false")
class DemoPasswordsOutsideTheDemoIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcClient db;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AreaRegistry areas;

    @Test
    void noDemoAccountOrDemoAreaExists() {
        assertThat(people.find("admin")).isEmpty();
        assertThat(areas.find("stockport")).isEmpty();
        assertThat(Api.at(port).as("admin", "demo").get("/api/v1/areas").status()).isEqualTo(401);
    }

    @Test
    void aKnownDemoPasswordCannotBeSet() {
        assertThatThrownBy(() -> people.ensure("newcomer", "Newcomer", "demo", false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("demo password");
        assertThatThrownBy(() -> people.ensure("newcomer", "Newcomer", "short", false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("12 characters");
    }

    @Test
    void aKnownDemoPasswordNeverSignsInEvenIfStored() {
        db.sql("insert into person (username, display_name, password_hash) values ('legacy', 'Legacy', ?)")
                .param(encoder.encode("demo")).update();
        assertThat(Api.at(port).as("legacy", "demo").get("/api/v1/areas").status()).isEqualTo(401);
    }

    @Test
    void aStrongPasswordSignsIn() {
        people.ensure("operator", "Operator", "correct horse battery staple", true);
        assertThat(Api.at(port).as("operator", "correct horse battery staple").get("/api/v1/areas").status()).isEqualTo(200);
    }
}
