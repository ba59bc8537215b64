package org.strands.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.Application;
import org.strands.support.FormSession;
import org.strands.support.TestDatabase;

/**
 * Two instances of the application on one PostgreSQL, as two nodes behind a load balancer: a person signed in on
 * one is signed in on the other, a job runs once across both, and a job whose node died is run again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnOneDatabaseTests {

    EmbeddedPostgres postgres;
    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @BeforeAll
    void startTwoNodes() throws Exception {
        Map<String, Object> database = new HashMap<>();
        postgres = TestDatabase.external() ? null : EmbeddedPostgres.builder().start();
        database.putAll(TestDatabase.sharedBy(postgres));
        first = node("first", database); // one after the other: the first migrates and seeds the demo
        second = node("second", database);
    }

    @AfterAll
    void stop() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {second, first}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOther() {
        FormSession browser = new FormSession(port(first));
        assertThat(browser.signIn("commissioner", "demo").statusCode()).isEqualTo(302);
        FormSession sameBrowserOnTheOtherNode = browser.on(port(second));
        HttpResponse<String> home = sameBrowserOnTheOtherNode.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as");

        // a form from one node is accepted by the other (the CSRF token lives in the shared session), and signing
        // out there signs out everywhere
        String token = browser.csrfToken("/");
        // (a client that accepts anything is answered 204 rather than redirected; a refused token would be 403)
        assertThat(sameBrowserOnTheOtherNode.post("/sign-out", "_csrf", token).statusCode()).isIn(204, 302);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void eachJobRunsOnceAcrossBothNodes() throws Exception {
        JdbcClient db = first.getBean(JdbcClient.class);
        Area area = first.getBean(AreaRegistry.class).find("stockport").orElseThrow();
        List<UUID> started = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            started.add((i % 2 == 0 ? first : second).getBean(Jobs.class).start(area, CountingJob.KIND, "", "test").id());
        }
        List<Job> finished = awaitFinished(first.getBean(Jobs.class), area, started);
        assertThat(finished).allSatisfy(job -> {
            assertThat(job.status()).isEqualTo(Job.Status.DONE);
            assertThat(job.attempts()).isEqualTo(1);
        });
        for (UUID id : started) {
            assertThat(db.sql("select count(*) from test_job_run where job_id = ?").param(id).query(Integer.class).single())
                    .as("runs of job " + id).isEqualTo(1);
        }
        assertThat(db.sql("select count(distinct node) from test_job_run").query(Integer.class).single())
                .as("both nodes took jobs").isEqualTo(2);
    }

    @Test
    void aJobWhoseNodeStoppedIsRunAgain() throws Exception {
        JdbcClient db = second.getBean(JdbcClient.class);
        Area area = second.getBean(AreaRegistry.class).find("stockport").orElseThrow();
        UUID id = UUID.randomUUID();
        // as a node leaves it when it is killed in the middle: the job running, its execution picked, heartbeats stopped
        db.sql("""
                insert into job (id, area_id, kind, status, progress, message, attempts, created_by, created_at, started_at, updated_at)
                values (?, ?, ?, 'RUNNING', 40, 'Halfway.', 1, 'test', now() - interval '1 hour', now() - interval '1 hour',
                  now() - interval '1 hour')""").params(id, area.id(), CountingJob.KIND).update();
        db.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat, version)
                values ('strands-job', ?, now() - interval '1 hour', true, 'a-node-that-was-killed', now() - interval '1 hour', 1)""")
                .param(id.toString()).update();

        Job job = awaitFinished(second.getBean(Jobs.class), area, List.of(id)).getFirst();
        assertThat(job.status()).isEqualTo(Job.Status.DONE);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.progress()).isEqualTo(100);
        assertThat(db.sql("select count(*) from test_job_run where job_id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from scheduled_tasks where task_instance = ?").param(id.toString()).query(Integer.class)
                .single()).isZero();
    }

    private static List<Job> awaitFinished(Jobs jobs, Area area, List<UUID> ids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<Job> now = ids.stream().map(id -> jobs.of(area, id)).toList();
            if (now.stream().allMatch(j -> j.status().finished()) || System.nanoTime() > deadline) {
                return now;
            }
            Thread.sleep(200);
        }
    }

    private static ConfigurableApplicationContext node(String name, Map<String, Object> database) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("server.port", 0);
        properties.put("server.shutdown", "immediate");
        properties.put("strands.demo.enabled", true);
        properties.put("strands.test.node", name);
        // both nodes poll often and neither takes its own jobs first, so that they compete for every job
        properties.put("db-scheduler.immediate-execution-enabled", false);
        properties.put("db-scheduler.polling-interval", "200ms");
        properties.put("db-scheduler.heartbeat-interval", "1s");
        properties.put("db-scheduler.missed-heartbeats-limit", 4);
        // as arguments, which come before application.properties (default properties would come after it)
        return new SpringApplicationBuilder(Application.class, CountingJob.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** A job that notes which node ran it, in a table of the test's own. Registered as a source, not scanned. */
    static class CountingJob implements JobKind {

        static final String KIND = "test-counting";

        private final JdbcClient db;
        private final String node;

        CountingJob(JdbcClient db, @FlywayDataSource DataSource schemaOwner, org.springframework.core.env.Environment env) {
            this.db = db;
            this.node = env.getProperty("strands.test.node");
            // the application's role may not create tables: the schema's owner does, and lets it write there
            JdbcClient owner = JdbcClient.create(schemaOwner);
            owner.sql("create table if not exists test_job_run (job_id uuid not null, node text not null)").update();
            owner.sql("grant select, insert on test_job_run to " + env.getProperty("strands.database.user")).update();
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public String page(Area area) {
            return "/areas/" + area.slug();
        }

        @Override
        public Outcome run(Run run, JobProgress progress) {
            progress.report(50, "Counting on " + node + ".");
            db.sql("insert into test_job_run (job_id, node) values (?, ?)").params(run.job().id(), node).update();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Outcome(null, null, "Counted on " + node + ".");
        }
    }
}
