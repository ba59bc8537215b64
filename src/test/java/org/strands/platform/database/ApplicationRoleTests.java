package org.strands.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.strands.support.TestDatabase;

/**
 * After every migration the application's role exists, may log in, reads and writes what it needs and only
 * reads and adds to the audit log; and Strands refuses to start as a role that could rewrite the log. On a new
 * database of the embedded PostgreSQL, or of the external one in the second run.
 */
@Tag("data")
class ApplicationRoleTests {

    static final String AUDIT_OWNER = "strands_test_audit_owner";
    static final String ROLE_MAKER = "strands_test_role_maker";
    static final String PASSWORD = "role-test";

    @TempDir
    Path dataDirectory;

    EmbeddedPostgresServer embedded;
    String url;
    DatabaseLogin owner;
    DatabaseLogin application;

    @BeforeEach
    void newDatabase() {
        if (TestDatabase.external()) {
            Map<String, Object> properties = TestDatabase.properties();
            url = (String) properties.get("strands.database.url");
            owner = new DatabaseLogin((String) properties.get("strands.database.owner-user"),
                    (String) properties.get("strands.database.owner-password"));
            application = new DatabaseLogin(TestDatabase.APPLICATION_ROLE, TestDatabase.APPLICATION_PASSWORD);
        } else {
            embedded = EmbeddedPostgresServer.start(dataDirectory, false);
            url = embedded.jdbcUrl();
            owner = embedded.credentials().owner();
            application = embedded.credentials().application();
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void afterTheMigrationsTheApplicationsRoleLogsInWorksAndPassesTheCheck() {
        migrate();
        JdbcClient app = JdbcClient.create(as(application));
        assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo(application.user());
        app.sql("insert into area (slug, name) values ('role-test', 'Role test')").update();
        assertThat(app.sql("update area set name = 'Renamed' where slug = 'role-test'").update()).isEqualTo(1);
        assertThat(app.sql("delete from area where slug = 'role-test'").update()).isEqualTo(1);
        app.sql("insert into audit_event (actor, action) values ('role-test', 'TEST')").update();
        assertThat(app.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(1);

        new ApplicationRoleCheck(as(application)).check();
    }

    @Test
    void strandsRefusesToRunAsASuperuser() {
        migrate();
        assertThat(JdbcClient.create(as(owner)).sql("select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).as("the test's owner is a superuser").isTrue();
        assertThatThrownBy(() -> new ApplicationRoleCheck(as(owner)).check())
                .hasMessageContaining("Strands will not start").hasMessageContaining("is a superuser")
                .hasMessageContaining("STRANDS_DB_USER");
    }

    @Test
    void strandsRefusesToRunAsTheAuditLogsOwner() {
        migrate();
        JdbcClient db = JdbcClient.create(as(owner));
        loginRole(db, AUDIT_OWNER, "");
        db.sql("alter table audit_event owner to " + AUDIT_OWNER).update();

        assertThatThrownBy(() -> new ApplicationRoleCheck(as(new DatabaseLogin(AUDIT_OWNER, PASSWORD))).check())
                .hasMessageContaining("owns the audit log");
    }

    @Test
    void strandsRefusesToRunAsARoleThatMayCreateRoles() {
        migrate();
        loginRole(JdbcClient.create(as(owner)), ROLE_MAKER, " createrole");

        assertThatThrownBy(() -> new ApplicationRoleCheck(as(new DatabaseLogin(ROLE_MAKER, PASSWORD))).check())
                .hasMessageContaining("may create roles");
    }

    /** Roles belong to the whole server: made once, and left for the next run of the external database. */
    private static void loginRole(JdbcClient db, String name, String attributes) {
        if (db.sql("select count(*) from pg_roles where rolname = ?").param(name).query(Long.class).single() == 0) {
            db.sql("create role " + name).update();
        }
        db.sql("alter role " + name + " login password '" + PASSWORD + "'" + attributes).update();
    }

    @Test
    void aGrantThatWouldLetTheApplicationChangeTheLogIsRefusedAndTakenBackAtTheNextMigration() {
        migrate();
        JdbcClient.create(as(owner)).sql("grant update, delete, truncate on audit_event to " + application.user()).update();
        assertThatThrownBy(() -> new ApplicationRoleCheck(as(application)).check())
                .hasMessageContaining("may update, delete from or empty the audit log");

        migrate();
        new ApplicationRoleCheck(as(application)).check();
        assertThat(JdbcClient.create(as(application)).sql("select has_table_privilege('audit_event', 'UPDATE') "
                + "or has_table_privilege('audit_event', 'DELETE') or has_table_privilege('audit_event', 'TRUNCATE')")
                .query(Boolean.class).single()).isFalse();
    }

    private void migrate() {
        Flyway.configure().dataSource(as(owner)).locations("classpath:db/migration")
                .callbacks(new ApplicationRoleGrants(application)).load().migrate();
    }

    private DataSource as(DatabaseLogin login) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url, login.user(), login.password());
    }
}
