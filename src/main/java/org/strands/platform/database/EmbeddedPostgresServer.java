package org.strands.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL that Strands runs itself, keeping its data in a directory across restarts. A server
 * left running by a JVM that was killed is shut down cleanly before the new one starts on the same data.
 * Every connection needs a password: the passwords are made on the first start and kept in the data
 * directory ({@link EmbeddedCredentials}).
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final EmbeddedCredentials credentials;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, EmbeddedCredentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphan(dataDirectory);
            Optional<EmbeddedCredentials> known = EmbeddedCredentials.read(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Stopped by the Spring context after every bean that uses it (the event publication registry
                    // reads its incomplete publications on shutdown), not by a JVM hook racing the context's close.
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (known.isPresent()) {
                // the rules are in place before the server accepts its first connection
                builder.setConnectConfig("password", known.get().owner().password())
                        .setDataDirectoryCustomizer(directory -> PasswordsRequired.writeRules(directory.toPath()));
            }
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedCredentials credentials = known.orElseGet(EmbeddedCredentials::generate);
            if (known.isEmpty()) {
                log.info("Giving the embedded PostgreSQL in {} passwords (kept in {})", dataDirectory.toAbsolutePath(),
                        EmbeddedCredentials.FILE_NAME);
                try {
                    PasswordsRequired.upgrade(jdbcUrl(postgres), dataDirectory, credentials);
                } catch (RuntimeException e) {
                    postgres.close();
                    throw e;
                }
            }
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory.toAbsolutePath());
            return new EmbeddedPostgresServer(postgres, credentials);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** With no user in it: who connects is said with the connection (a user in the URL would win over it). */
    String jdbcUrl() {
        return jdbcUrl(postgres);
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** After {@code kill -9} of the JVM the postmaster lives on and holds the data directory. */
    private static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.getFirst().strip())).filter(ProcessHandle::isAlive)
                        .filter(p -> servesDirectory(p, dataDirectory));
        if (orphan.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Strands on {}", orphan.get().pid(), dataDirectory);
        ProcessHandle postmaster = orphan.get();
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            postmaster.destroyForcibly();
        }
    }

    /** Only a postgres started on this very data directory is ours to stop (a pid may be reused). */
    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toAbsolutePath().toString());
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
