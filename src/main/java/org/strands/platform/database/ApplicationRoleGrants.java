package org.strands.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After every migration, as the schema's owner: makes sure the application's role exists (created without
 * login if missing; given login and its password where the owner may manage roles) and grants it what it
 * needs on every table and sequence, and on the audit log no more than reading and adding.
 */
final class ApplicationRoleGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleGrants.class);
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final DatabaseLogin application;

    ApplicationRoleGrants(DatabaseLogin application) {
        this.application = application;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the application's database role " + application.user()
                    + " what it needs: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "strands-application-role";
    }

    void grant(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        String role = pg.escapeIdentifier(application.user());
        try (Statement s = c.createStatement()) {
            if (!exists(s)) {
                s.execute("create role " + role + " nologin");
                log.info("Created the application's database role {}", application.user());
            }
            String login = "alter role " + role + " login"
                    + (application.password().isEmpty() ? "" : " password " + literal(pg, application.password()));
            if (!tryAsOwner(c, login)) {
                log.info("The schema's owner may not manage the role {}; its login and password are left as they are",
                        application.user());
            }
            s.execute("grant usage on schema " + pg.escapeIdentifier(currentSchema(s)) + " to " + role);
            s.execute("grant select, insert, update, delete on all tables in schema " + pg.escapeIdentifier(currentSchema(s))
                    + " to " + role);
            s.execute("grant usage, select on all sequences in schema " + pg.escapeIdentifier(currentSchema(s)) + " to " + role);
            s.execute("revoke all on audit_event from " + role);
            s.execute("grant select, insert on audit_event to " + role);
            s.execute("revoke all on flyway_schema_history from " + role);
        }
    }

    private boolean exists(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = "
                + literal(s.getConnection().unwrap(PGConnection.class), application.user()))) {
            return rs.next();
        }
    }

    /** A string as an SQL literal, for the statements (ALTER ROLE … PASSWORD) that take no parameters. */
    static String literal(PGConnection pg, String value) throws SQLException {
        return "'" + pg.escapeLiteral(value) + "'";
    }

    private static String currentSchema(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A statement the owner may not be allowed to run, without spoiling the transaction when it is refused. */
    private static boolean tryAsOwner(Connection c, String sql) throws SQLException {
        Savepoint savepoint = c.getAutoCommit() ? null : c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            if (savepoint != null) {
                c.releaseSavepoint(savepoint);
            }
            return true;
        } catch (SQLException e) {
            if (!INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw e;
            }
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            return false;
        }
    }
}
