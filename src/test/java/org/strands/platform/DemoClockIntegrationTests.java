package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.support.Api;
import org.strands.support.DataTest;

/**
 * In the demo the system administrator moves the application's clock whole days forward, for every node and across a
 * restart, and puts it back with 0; db-scheduler runs on the same time. Every test puts the clock back, since other
 * tests share this application and its database.
 */
@DataTest
class DemoClockIntegrationTests {

    static final String CLOCK = "/api/v1/admin/clock";
    static final Duration DAYS_42 = Duration.ofDays(42);
    static final Duration A_MINUTE = Duration.ofMinutes(1);

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    com.github.kagkarlsson.scheduler.Clock schedulerClock;

    @Autowired
    DemoTime demoTime;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditTrail audit;

    @AfterEach
    void putTheClockBack() {
        demoTime.moveTo(0);
    }

    static Duration aheadOfTheSystemClock(Instant instant) {
        return Duration.between(Clock.systemUTC().instant(), instant);
    }

    Api admin() {
        return Api.at(port).as("admin", "demo");
    }

    @Test
    void movingTheClockFortyTwoDaysMovesTodayForTheWholeApplicationAndForTheJobs() {
        LocalDate today = LocalDate.now(clock);

        Api.Response moved = admin().post(CLOCK, "{\"offsetDays\":42}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("offsetDays").asInt()).isEqualTo(42);
        assertThat(LocalDate.now(clock)).isIn(today.plusDays(42), today.plusDays(43)); // (unless midnight passed meanwhile)
        assertThat(aheadOfTheSystemClock(clock.instant())).isCloseTo(DAYS_42, A_MINUTE);
        assertThat(aheadOfTheSystemClock(schedulerClock.now())).isCloseTo(DAYS_42, A_MINUTE);
        assertThat(aheadOfTheSystemClock(Instant.parse(moved.json().get("now").asString()))).isCloseTo(DAYS_42, A_MINUTE);
        assertThat(LocalDate.parse(moved.json().get("today").asString())).isIn(
                LocalDate.now(clock.withZone(Formats.LONDON)), LocalDate.now(clock.withZone(Formats.LONDON)).minusDays(1));

        Api.Response shown = admin().get(CLOCK);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json().get("offsetDays").asInt()).isEqualTo(42);

        assertThat(db.sql("select detail from audit_event where action = 'CLOCK_MOVED' and actor = 'admin' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("From 0 to 42 days ahead of the system clock");

        Api.Response back = admin().post(CLOCK, "{\"offsetDays\":0}");
        assertThat(back.json().get("offsetDays").asInt()).isZero();
        assertThat(aheadOfTheSystemClock(clock.instant())).isCloseTo(Duration.ZERO, A_MINUTE);
    }

    @Test
    void anotherNodeOrARestartRunsOnTheSameTimeAndAChangeMadeElsewhereIsSeenWithinSeconds() throws InterruptedException {
        assertThat(admin().post(CLOCK, "{\"offsetDays\":42}").status()).isEqualTo(200);

        // another node, or this one after a restart, reads the stored offset at its first look at the clock
        DemoTime anotherNode = new DemoTime(db, transaction, audit);
        assertThat(aheadOfTheSystemClock(new DemoClock(Clock.systemUTC(), anotherNode).instant())).isCloseTo(DAYS_42, A_MINUTE);

        // that node moves it; this node follows within a second or so, without being told
        anotherNode.moveTo(7);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (demoTime.offsetDays() != 7 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(demoTime.offsetDays()).isEqualTo(7);
        assertThat(LocalDate.now(clock)).isIn(LocalDate.now(Clock.systemUTC()).plusDays(7), LocalDate.now(Clock.systemUTC()).plusDays(8));
    }

    /** db-scheduler takes a job whose heartbeat is a minute old by its clock for dead, and would run it a second time. */
    @Test
    void aJobRunningWhenTheClockMovesKeepsItsHeartbeatRecentOnTheNewTime() {
        Instant heartbeat = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as PostgreSQL keeps it
        db.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, version)
                values ('demo-clock-test', 'running', ?, true, 'another node', ?, 1)""")
                .params(java.sql.Timestamp.from(heartbeat), java.sql.Timestamp.from(heartbeat)).update();
        try {
            demoTime.moveTo(42);
            assertThat(db.sql("select last_heartbeat from scheduled_tasks where task_name = 'demo-clock-test'")
                    .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(heartbeat.plus(DAYS_42));
            demoTime.moveTo(0);
            assertThat(db.sql("select last_heartbeat from scheduled_tasks where task_name = 'demo-clock-test'")
                    .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(heartbeat);
        } finally {
            db.sql("delete from scheduled_tasks where task_name = 'demo-clock-test'").update();
        }
    }

    @Test
    void badInputIsRefusedNamingOffsetDaysAndChangesNothing() {
        assertThat(admin().post(CLOCK, "{\"offsetDays\":5}").status()).isEqualTo(200);
        List<String> bodies = List.of("", "{}", "{\"offsetDays\":null}", "{\"offsetDays\":-1}", "{\"offsetDays\":3651}",
                "{\"offsetDays\":2147483648}", "{\"offsetDays\":99999999999999999999999}", "{\"offsetDays\":4.5}",
                "{\"offsetDays\":\"forty-two\"}", "{\"offsetDays\":{\"days\":42}}", "{\"offsetDays\":[42]}", "[42]", "42",
                "{", "not json", "{\"offsetDays\":" + "9".repeat(5_000) + "}",
                "{\"offsetDays\":\"" + "9".repeat(500_000) + "\"}", "{\"offsetDays\":\"4\u00002\"}");
        for (String body : bodies) {
            Api.Response refused = admin().post(CLOCK, body);
            String sent = body.length() > 60 ? body.substring(0, 60) + "…" : body;
            assertThat(refused.status()).as(sent + " → " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).as(sent).contains("offsetDays");
            assertThat(refused.json().get("errors").get(0).get("column").asString()).as(sent).isEqualTo("offsetDays");
        }
        // a body over the 1 MB every request is held to is refused before it is read, as everywhere
        byte[] huge = ("{\"offsetDays\":\"" + "9".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(admin().post(CLOCK, new String(huge, StandardCharsets.UTF_8)).status()).isEqualTo(413);

        assertThat(admin().get(CLOCK).json().get("offsetDays").asInt()).isEqualTo(5);
        assertThatThrownBy(() -> db.sql("update platform_clock_offset set offset_days = 3651").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> db.sql("update platform_clock_offset set offset_days = -1").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theWholeRangeIsAcceptedAndANumberMayComeAsText() {
        assertThat(admin().post(CLOCK, "{\"offsetDays\":3650}").json().get("offsetDays").asInt()).isEqualTo(3650);
        assertThat(admin().post(CLOCK, "{\"offsetDays\":\"12\"}").json().get("offsetDays").asInt()).isEqualTo(12);
        assertThat(admin().post(CLOCK, "{\"offsetDays\":0}").json().get("offsetDays").asInt()).isZero();
    }

    @Test
    void onlyTheSystemAdministratorMaySeeOrMoveTheClock() {
        for (String username : List.of("commissioner", "lead", "practitioner")) {
            Api someone = Api.at(port).as(username, "demo");
            assertThat(someone.get(CLOCK).status()).isEqualTo(403);
            Api.Response refused = someone.post(CLOCK, "{\"offsetDays\":42}");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("detail").asString())
                    .isEqualTo("You need permission to move the demo's clock forward. Ask a system administrator.");
        }
        assertThat(Api.at(port).get(CLOCK).status()).isEqualTo(401);
        assertThat(demoTime.offsetDays()).isZero();
    }
}
