package org.strands.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.strands.platform.DemoMode;

/** The one DataSource: the embedded PostgreSQL by default, or the external one named by STRANDS_DB_URL. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres(DatabaseSettings settings) {
        return new EmbeddedPostgresHolder(settings.embedded()
                ? EmbeddedPostgresServer.start(Path.of(settings.embeddedDirectory()), settings.durable()) : null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseSettings settings, EmbeddedPostgresHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("strands");
        config.setMaximumPoolSize(20);
        if (settings.embedded()) {
            config.setJdbcUrl(embedded.server().jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    @Bean
    DemoMode demoMode(DatabaseSettings settings, org.springframework.core.env.Environment env) {
        String flag = env.getProperty("strands.demo.enabled", "");
        return new DemoMode(flag.isBlank() ? settings.embedded() : Boolean.parseBoolean(flag));
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
