package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.strands.support.Api;
import org.strands.support.DataTest;

/** Outside the demo the application runs on the system clock, and the demo's clock cannot be seen or moved. */
@DataTest
@TestPropertySource(properties = "strands.demo.enabled=false")
class DemoClockOutsideTheDemoIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    com.github.kagkarlsson.scheduler.Clock schedulerClock;

    @Autowired
    People people;

    @Test
    void theClockIsTheSystemClockAndThereIsNoWayToMoveIt() {
        assertThat(clock).isEqualTo(Clock.systemUTC());
        assertThat(context.getBeanProvider(DemoTime.class).getIfAvailable()).isNull();
        assertThat(Duration.between(Clock.systemUTC().instant(), schedulerClock.now()).abs()).isLessThan(Duration.ofMinutes(1));

        people.ensure("clock-operator", "Operator", "correct horse battery staple", true);
        Api operator = Api.at(port).as("clock-operator", "correct horse battery staple");
        assertThat(operator.get("/api/v1/areas").status()).isEqualTo(200);
        assertThat(operator.get("/api/v1/admin/clock").status()).isEqualTo(404);
        assertThat(operator.post("/api/v1/admin/clock", "{\"offsetDays\":42}").status()).isEqualTo(404);
    }
}
