package org.strands.platform.database;

/**
 * The two roles Strands connects as: the schema's owner, which only Flyway uses (and then lets go), and the
 * application's role, which everything else uses.
 */
record DatabaseRoles(String url, DatabaseLogin owner, DatabaseLogin application) {

    static DatabaseRoles of(DatabaseSettings settings, EmbeddedPostgresServer embedded) {
        if (embedded != null) {
            EmbeddedCredentials credentials = embedded.credentials();
            return new DatabaseRoles(embedded.jdbcUrl(), credentials.owner(), credentials.application());
        }
        return new DatabaseRoles(settings.url(), new DatabaseLogin(settings.ownerUser(), settings.ownerPassword()),
                new DatabaseLogin(settings.user(), settings.password()));
    }
}
