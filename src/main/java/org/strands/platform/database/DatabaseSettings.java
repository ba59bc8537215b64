package org.strands.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives and who connects to it. With no {@code url}, Strands starts its own PostgreSQL keeping
 * its data in {@code embeddedDirectory} (with passwords of its own making); with a url (from
 * {@code STRANDS_DB_URL}) it uses that database.
 *
 * @param user the application's role ({@code STRANDS_DB_USER}): reads and writes data, and may only add to
 *        and read the audit log
 * @param ownerUser the role that owns the schema ({@code STRANDS_DB_OWNER_USER}): Flyway migrates as it and
 *        it grants the application's role what that needs
 * @param durable whether the embedded server syncs every commit to disk (always on outside tests)
 */
@ConfigurationProperties("strands.database")
record DatabaseSettings(String url, String user, String password, String ownerUser, String ownerPassword,
        String embeddedDirectory, boolean durable) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
