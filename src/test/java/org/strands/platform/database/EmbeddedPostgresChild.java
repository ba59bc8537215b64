package org.strands.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/** Run in a separate JVM by {@link EmbeddedPostgresRestartTests}: writes a row, says READY, waits to be killed. */
final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.credentials().owner().password())) {
            c.createStatement().execute("create table if not exists survivor (note text)");
            c.createStatement().execute("insert into survivor values ('" + args[1] + "')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
