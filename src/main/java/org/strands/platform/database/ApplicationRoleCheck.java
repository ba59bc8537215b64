package org.strands.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses to start when the application's database role could rewrite the audit log: when it is a
 * superuser, may create roles (and so make itself a member of the owner's), owns the audit table (or may act
 * as its owner), or may update, delete from or empty it.
 * Checked once at startup, after the migrations.
 */
final class ApplicationRoleCheck implements InitializingBean {

    static final String ADVICE = "Set STRANDS_DB_USER to a role of its own that is not a superuser (Strands creates it and "
            + "grants it what it needs) and STRANDS_DB_OWNER_USER to the role that owns the schema.";

    private final DataSource application;

    ApplicationRoleCheck(DataSource application) {
        this.application = application;
    }

    @Override
    public void afterPropertiesSet() {
        check();
    }

    void check() {
        try (Connection c = application.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select current_user, r.rolsuper, r.rolcreaterole,
                            c.oid is not null as audit_log_exists,
                            coalesce(pg_has_role(current_user, c.relowner, 'MEMBER'), false) as acts_as_owner,
                            coalesce(has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE')
                                     or has_table_privilege(c.oid, 'TRUNCATE'), false) as may_change
                     from pg_roles r left join pg_class c on c.oid = to_regclass('audit_event')
                     where r.rolname = current_user""")) {
            if (!rs.next()) {
                throw new IllegalStateException("Cannot find the application's database role in pg_roles");
            }
            String role = rs.getString(1);
            if (rs.getBoolean(2)) {
                refuse("the application's database role " + role + " is a superuser, so it could switch off the audit log's protection");
            }
            if (rs.getBoolean(3)) {
                refuse("the application's database role " + role + " may create roles, so it could make itself a member of the "
                        + "audit log's owner");
            }
            if (!rs.getBoolean(4)) {
                refuse("the application's database role " + role + " sees no audit_event table");
            }
            if (rs.getBoolean(5)) {
                refuse("the application's database role " + role + " owns the audit log (or may act as its owner), so it could "
                        + "switch off its protection");
            }
            if (rs.getBoolean(6)) {
                refuse("the application's database role " + role + " may update, delete from or empty the audit log");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the application's database role: " + e.getMessage(), e);
        }
    }

    private static void refuse(String reason) {
        throw new IllegalStateException("Strands will not start: " + reason + ". " + ADVICE);
    }
}
