package org.icmf;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with only a JDK. Its data directory persists
 * between runs and it runs durable (fsync and synchronous commit on), unlike zonky's test defaults.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${icmf.data-dir:./data}") Path dataDir, ObjectProvider<EmbeddedPostgresEarlyStart.Started> early)
            throws IOException {
        EmbeddedPostgresEarlyStart.Started started = early.getIfAvailable();
        EmbeddedPostgres postgres = started != null ? started.take() : start(dataDir);
        // Logged here: an early start runs before logging is set up.
        log.info("Embedded PostgreSQL on port {} with its data in {}", postgres.getPort(), dataDirectory(dataDir));
        return postgres;
    }

    static EmbeddedPostgres start(Path dataDir) throws IOException {
        Path pgData = dataDirectory(dataDir);
        Files.createDirectories(pgData);
        stopOrphanedPostmaster(pgData);
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                // Spring closes it after the connection pool (destroyMethod), not a JVM hook racing the pool.
                .setRegisterShutdownHook(false)
                .start();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("icmf-embedded");
        return dataSource;
    }

    private static Path dataDirectory(Path dataDir) {
        return dataDir.resolve("postgres").toAbsolutePath().normalize();
    }

    /**
     * A JVM killed without shutdown leaves its postmaster running on the data directory; the next
     * start would then fail on the lock. Ask that orphan to shut down cleanly (SIGTERM) first.
     */
    private static void stopOrphanedPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream()
                .findFirst()
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(process -> process.info().command().orElse("").endsWith("postgres"));
        orphan.ifPresent(process -> {
            log.warn("Stopping an orphaned PostgreSQL (pid {}) left on {} by a previous run", process.pid(), pgData);
            process.destroy();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
