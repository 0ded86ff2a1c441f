package org.icmf.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL for the whole test run (started once per JVM, before any Spring context), given to
 * Spring through {@code spring.datasource.*} system properties, behind a {@link DatabaseProxy} that the outage test
 * cuts.
 *
 * <p>The switch is {@code -Dicmf.test.database=} (or {@code ICMF_TEST_DATABASE}):
 * {@code auto} (default: Testcontainers' PostgreSQL when a Docker engine answers, embedded otherwise),
 * {@code embedded} (zonky, no Docker needed) or {@code testcontainers}.
 */
public class TestPostgres implements LauncherSessionListener {

    private static DatabaseProxy proxy;

    private AutoCloseable server;

    /** The relay every test's connections go through, to play a database outage. */
    public static DatabaseProxy proxy() {
        return proxy;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String mode =
                System.getProperty("icmf.test.database", System.getenv().getOrDefault("ICMF_TEST_DATABASE", "auto"));
        boolean docker = switch (mode) {
            case "embedded" -> false;
            case "testcontainers" -> true;
            case "auto" -> DockerClientFactory.instance().isDockerAvailable();
            default ->
                throw new IllegalArgumentException("icmf.test.database must be auto, embedded or testcontainers");
        };
        if (docker) {
            startContainer();
        } else {
            startEmbedded();
        }
        // Data JPA slices must use this PostgreSQL, never swap in an in-memory database.
        System.setProperty("spring.test.database.replace", "none");
    }

    private void startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        server = container;
        use(
                container.getHost(),
                container.getFirstMappedPort(),
                container.getDatabaseName(),
                container.getUsername(),
                container.getPassword());
    }

    private void startEmbedded() {
        try {
            // zonky's defaults suit tests: throw-away data directory, fsync and synchronous_commit off.
            EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder().setLocaleConfig("locale", "C").start();
            server = postgres;
            use("localhost", postgres.getPort(), "postgres", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void use(String host, int port, String database, String username, String password) {
        proxy = new DatabaseProxy(host, port);
        System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
        System.setProperty("spring.datasource.username", username);
        System.setProperty("spring.datasource.password", password);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            try {
                proxy.close();
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the test PostgreSQL", e);
            }
        }
    }
}
