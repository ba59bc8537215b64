package org.strands.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL trusts nobody: every connection gives the password Strands made for it. */
class EmbeddedPostgresPasswordTests {

    @TempDir
    Path dataDirectory;

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, false)) {
            assertRefused(server, "");
            assertRefused(server, "wrong");
            assertThat(ownerMayConnect(server)).isTrue();
            assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).isEqualTo(PasswordsRequired.HBA)
                    .doesNotContain("trust");
        }
    }

    @Test
    void thePasswordsAreKeptInAPrivateFileInTheDataDirectoryAndUsedAgainAfterARestart() throws Exception {
        EmbeddedCredentials first;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, false)) {
            first = server.credentials();
        }
        Path file = dataDirectory.resolve(EmbeddedCredentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).contains(first.owner().password(), first.application().password());
        assertThat(first.owner().password()).isNotEqualTo(first.application().password()).hasSizeGreaterThanOrEqualTo(32);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, false)) {
            assertThat(server.credentials()).isEqualTo(first);
            assertRefused(server, "");
            assertThat(ownerMayConnect(server)).isTrue();
        }
    }

    @Test
    void aDataDirectoryMadeWhenEveryLocalConnectionWasTrustedIsUpgradedAndKeepsItsData() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + old.getPort() + "/postgres", "postgres", "")) {
            c.createStatement().execute("create table survivor (note text); insert into survivor values ('kept')");
        }
        assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, false);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.credentials().owner().password());
             ResultSet rs = c.createStatement().executeQuery("select note from survivor")) {
            assertRefused(server, "");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
        assertThat(dataDirectory.resolve(EmbeddedCredentials.FILE_NAME)).exists();
    }

    private static void assertRefused(EmbeddedPostgresServer server, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", password).close())
                .as("connecting with password '%s'", password)
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
    }

    private static boolean ownerMayConnect(EmbeddedPostgresServer server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.credentials().owner().password())) {
            return c.isValid(5);
        }
    }
}
