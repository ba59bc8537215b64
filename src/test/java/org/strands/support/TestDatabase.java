package org.strands.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * Which PostgreSQL a test context uses. By default a fresh embedded one (in a temporary directory, with the
 * fast non-durable settings). With {@code -Dstrands.test.database=external} (the second Surefire run), a new,
 * empty database created on the server named by {@code STRANDS_TEST_DB_URL}; under {@code CI=true} a missing
 * URL fails the run instead of skipping it. There {@code STRANDS_TEST_DB_USER} owns the schema (and migrates it)
 * and the application connects as {@value #APPLICATION_ROLE}, which the application creates, as in production.
 */
public final class TestDatabase {

    /** The application's role on the external server (roles are server-wide, so one for every test database). */
    public static final String APPLICATION_ROLE = "strands_test_app";
    public static final String APPLICATION_PASSWORD = "strands-test-app";

    private TestDatabase() {
    }

    public static boolean external() {
        return "external".equals(System.getProperty("strands.test.database"));
    }

    /**
     * Properties for several application instances sharing one database, as nodes behind a balancer: the external
     * database's, or else those of an embedded server the caller started (and stops).
     */
    public static Map<String, Object> sharedBy(io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded) {
        if (external()) {
            return properties();
        }
        return Map.of("strands.database.url", "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres",
                "strands.database.owner-user", "postgres", "strands.database.owner-password", "", "strands.database.user", APPLICATION_ROLE,
                "strands.database.password", APPLICATION_PASSWORD);
    }

    /** Spring properties that point a test context at its database. */
    public static Map<String, Object> properties() {
        if (!external()) {
            try {
                Path dir = Files.createTempDirectory("strands-test-pg");
                return Map.of("strands.database.url", "", "strands.database.embedded-directory", dir.toString(),
                        "strands.database.durable", false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String url = System.getenv("STRANDS_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("strands.test.database=external but STRANDS_TEST_DB_URL is not set"
                    + ("true".equals(System.getenv("CI")) ? " (CI=true: a missing external database is a failure)" : ""));
        }
        String jdbc = url.startsWith("jdbc:") ? url : "jdbc:" + url;
        String name = "strands_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(jdbc, user(), password())) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + jdbc + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(jdbc, name)));
        String database = jdbc.replaceFirst("(jdbc:postgresql://[^/?]+)/?[^?]*", "$1/" + name);
        return Map.of("strands.database.url", database, "strands.database.owner-user", user(),
                "strands.database.owner-password", password(), "strands.database.user", APPLICATION_ROLE,
                "strands.database.password", APPLICATION_PASSWORD);
    }

    /** Runs after the Spring contexts have closed their pools; FORCE ends any connection left over. */
    private static void drop(String jdbc, String name) {
        try (Connection c = DriverManager.getConnection(jdbc, user(), password())) {
            c.createStatement().execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            // the database is left behind; it has a unique name, so the next run is not affected
        }
    }

    private static String user() {
        String user = System.getenv("STRANDS_TEST_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static String password() {
        String password = System.getenv("STRANDS_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }
}
