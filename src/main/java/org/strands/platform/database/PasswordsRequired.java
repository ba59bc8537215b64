package org.strands.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Makes the embedded PostgreSQL ask every connection for a password (scram-sha-256), where {@code initdb}
 * had trusted every local one. A data directory made before this, or one starting for the first time, is
 * upgraded: the superuser gets its password while the server still trusts it, then the rules change.
 */
final class PasswordsRequired {

    static final String HBA = """
            # Written by Strands: every connection gives its password (scram-sha-256), local ones too.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private PasswordsRequired() {
    }

    /** Before the server starts: true when the rules were already Strands' own. */
    static boolean writeRules(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                return true;
            }
            Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + hba, e);
        }
    }

    /**
     * On a running server that still trusts local connections: sets the superuser's password, writes the
     * passwords file, then the rules, and waits until the server refuses a connection without a password.
     */
    static void upgrade(String jdbcUrl, Path dataDirectory, EmbeddedCredentials credentials) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, credentials.owner().user(), credentials.owner().password());
             Statement s = c.createStatement()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            s.execute("alter role " + pg.escapeIdentifier(credentials.owner().user())
                    + " password " + ApplicationRoleGrants.literal(pg, credentials.owner().password()));
            credentials.write(dataDirectory);
            writeRules(dataDirectory);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the embedded PostgreSQL its passwords: " + e.getMessage(), e);
        }
        awaitRefusalWithoutPassword(jdbcUrl, credentials.owner().user());
    }

    private static void awaitRefusalWithoutPassword(String jdbcUrl, String user) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, "")) {
                Thread.sleep(50);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL still lets connections in without a password after reloading "
                + "its rules");
    }
}
