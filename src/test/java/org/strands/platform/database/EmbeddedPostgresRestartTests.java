package org.strands.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps its data across restarts, including after {@code kill -9} of the JVM, which
 * leaves the PostgreSQL server running as an orphan on the data directory.
 */
class EmbeddedPostgresRestartTests {

    @TempDir
    Path dataDirectory;

    @Test
    void dataWrittenBeforeKillMinus9IsThereAfterTheNextStart() throws Exception {
        Process child = startChild("before the crash");
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, true);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.credentials().owner().password())) {
            assertThat(notes(c)).containsExactly("before the crash");
            try (ResultSet rs = c.createStatement().executeQuery("show fsync")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
            try (ResultSet rs = c.createStatement().executeQuery("show synchronous_commit")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void aCleanRestartKeepsTheData() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, true);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.credentials().owner().password())) {
            c.createStatement().execute("create table survivor (note text); insert into survivor values ('kept')");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, true);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.credentials().owner().password())) {
            assertThat(notes(c)).containsExactly("kept");
        }
    }

    private Process startChild(String note) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), dataDirectory.toString(), note)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains("READY")) {
                return child;
            }
        }
        throw new IllegalStateException("The child JVM ended before it was ready (exit " + child.waitFor() + ")");
    }

    private static List<String> notes(Connection c) throws Exception {
        List<String> notes = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select note from survivor")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }
}
