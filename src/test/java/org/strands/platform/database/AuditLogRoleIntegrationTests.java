package org.strands.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.DataTest;

/**
 * The application connects as a role that may only read and add to the audit log: whatever it is made to run,
 * it cannot change, remove, empty or unprotect what was written. The owner, who could, is Flyway's alone, and
 * even the owner meets the append-only triggers.
 */
@DataTest
class AuditLogRoleIntegrationTests {

    @Autowired
    DataSource application;

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void theApplicationsRoleReadsAndAddsToTheAuditLog() throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("insert into audit_event (actor, action) values ('role-test', 'TEST')")).isEqualTo(1);
            var rs = s.executeQuery("select count(*) from audit_event where actor = 'role-test'");
            rs.next();
            assertThat(rs.getLong(1)).isPositive();
        }
    }

    @Test
    void theApplicationsRoleCannotChangeRemoveEmptyOrUnprotectTheAuditLog() throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into audit_event (actor, action) values ('role-test', 'TEST')");
        }
        assertRefusedAsApplication("update audit_event set actor = 'someone else'");
        assertRefusedAsApplication("delete from audit_event");
        assertRefusedAsApplication("truncate audit_event");
        assertRefusedAsApplication("alter table audit_event disable trigger audit_event_no_update");
        assertRefusedAsApplication("drop trigger audit_event_no_update on audit_event");
        assertRefusedAsApplication("drop trigger audit_event_no_truncate on audit_event");
        assertRefusedAsApplication("alter table audit_event owner to current_user");
        assertRefusedAsApplication("drop table audit_event");
        assertRefusedAsApplication("set session_replication_role = replica");
        assertThat(JdbcClient.create(owner).sql("select count(*) from pg_trigger where tgrelid = 'audit_event'::regclass "
                + "and not tgisinternal and tgenabled = 'O'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theApplicationsRoleIsNeitherASuperuserNorTheOwner() {
        JdbcClient db = JdbcClient.create(application);
        assertThat(db.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(db.sql("select current_user").query(String.class).single())
                .isNotEqualTo(JdbcClient.create(owner).sql("select current_user").query(String.class).single())
                .isNotEqualTo(db.sql("select pg_get_userbyid(relowner) from pg_class where oid = 'audit_event'::regclass")
                        .query(String.class).single());
    }

    @Test
    void evenTheOwnerMeetsTheAppendOnlyTriggers() throws SQLException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into audit_event (actor, action) values ('owner-test', 'TEST')");
            for (String sql : new String[] {"update audit_event set actor = 'someone else'", "delete from audit_event",
                    "truncate audit_event"}) {
                SQLException refused = refusal(s, sql);
                assertThat((Object) refused).as(sql).isNotNull();
                assertThat(refused.getMessage()).as(sql).contains("append-only");
            }
        }
    }

    private void assertRefusedAsApplication(String sql) throws SQLException {
        try (Connection c = application.getConnection(); Statement s = c.createStatement()) {
            SQLException refused = refusal(s, sql);
            assertThat((Object) refused).as(sql + " should be refused").isNotNull();
            assertThat(refused.getSQLState()).as(sql + ": " + refused.getMessage()).isEqualTo("42501"); // insufficient privilege
        }
    }

    private static SQLException refusal(Statement s, String sql) {
        try {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
