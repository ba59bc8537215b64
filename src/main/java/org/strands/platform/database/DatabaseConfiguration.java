package org.strands.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.strands.platform.DemoMode;

/**
 * Two ways in: the schema's owner, for Flyway alone, and the application's role, for everything else. The
 * embedded PostgreSQL by default, or the external one named by STRANDS_DB_URL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres(DatabaseSettings settings) {
        return new EmbeddedPostgresHolder(settings.embedded()
                ? EmbeddedPostgresServer.start(Path.of(settings.embeddedDirectory()), settings.durable()) : null);
    }

    @Bean
    DatabaseRoles databaseRoles(DatabaseSettings settings, EmbeddedPostgresHolder embedded) {
        return DatabaseRoles.of(settings, embedded.server());
    }

    /** The application's role. The pool opens its first connection when first asked, after the migrations. */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseRoles roles) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("strands");
        pool.setMaximumPoolSize(20);
        // keep two connections open and give back the others after a minute unused: several nodes (or test contexts)
        // sharing one server would otherwise hold twenty each and run it out of connections
        pool.setMinimumIdle(2);
        pool.setIdleTimeout(java.time.Duration.ofMinutes(1).toMillis());
        pool.setJdbcUrl(roles.url());
        pool.setUsername(roles.application().user());
        pool.setPassword(roles.application().password());
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return pool;
    }

    /** The schema's owner: Flyway's alone, a connection at a time (no pool keeps it open afterwards). */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource schemaOwnerDataSource(DatabaseRoles roles) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), roles.url(), roles.owner().user(), roles.owner().password());
    }

    @Bean
    ApplicationRoleGrants applicationRoleGrants(DatabaseRoles roles) {
        return new ApplicationRoleGrants(roles.application());
    }

    @Bean
    @DependsOnDatabaseInitialization
    ApplicationRoleCheck applicationRoleCheck(DataSource dataSource) {
        return new ApplicationRoleCheck(dataSource);
    }

    @Bean
    DemoMode demoMode(DatabaseSettings settings, org.springframework.core.env.Environment env) {
        return DemoMode.of(env.getProperty("strands.demo.enabled", ""), settings.url());
    }

    /** Keeps the embedded server alive exactly as long as the DataSource that uses it. */
    record EmbeddedPostgresHolder(EmbeddedPostgresServer server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }

}
