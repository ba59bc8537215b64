package org.strands.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded PostgreSQL's passwords, made on its first start and kept in {@value #FILE_NAME} in its data
 * directory, readable by the person running Strands alone (0600), as the data directory itself is.
 */
record EmbeddedCredentials(DatabaseLogin owner, DatabaseLogin application) {

    static final String FILE_NAME = "strands-credentials.properties";
    static final String OWNER = "postgres";
    static final String APPLICATION = "strands_app";

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(new DatabaseLogin(OWNER, newPassword()), new DatabaseLogin(APPLICATION, newPassword()));
    }

    static Optional<EmbeddedCredentials> read(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's passwords from " + file, e);
        }
        return Optional.of(new EmbeddedCredentials(
                new DatabaseLogin(properties.getProperty("owner.user", OWNER), required(properties, "owner.password", file)),
                new DatabaseLogin(properties.getProperty("application.user", APPLICATION),
                        required(properties, "application.password", file))));
    }

    /** Written whole or not at all: to a private temporary file first, then moved into place. */
    void write(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties properties = new Properties();
        properties.setProperty("owner.user", owner.user());
        properties.setProperty("owner.password", owner.password());
        properties.setProperty("application.user", application.user());
        properties.setProperty("application.password", application.password());
        try {
            Path temporary = Files.createTempFile(dataDirectory, "strands-credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "The embedded PostgreSQL's passwords, made by Strands. Keep this file private.");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database's passwords to " + file, e);
        }
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key, "");
        if (value.isBlank()) {
            throw new IllegalStateException(file + " has no " + key + ": restore it from a backup, or move the data directory aside to start afresh");
        }
        return value;
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
