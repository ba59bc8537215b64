package org.strands.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url}, Strands starts its own PostgreSQL keeping its data in
 * {@code embeddedDirectory}; with a url (from {@code STRANDS_DB_URL}) it uses that database.
 *
 * @param durable whether the embedded server syncs every commit to disk (always on outside tests)
 */
@ConfigurationProperties("strands.database")
record DatabaseSettings(String url, String user, String password, String embeddedDirectory, boolean durable) {

    boolean embedded() {
        return url == null || url.isBlank();
    }
}
