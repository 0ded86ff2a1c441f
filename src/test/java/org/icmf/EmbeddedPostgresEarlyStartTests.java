package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The embedded PostgreSQL starts while the context is prepared, and only when the app would start one anyway. */
class EmbeddedPostgresEarlyStartTests {

    @TempDir
    Path dataDir;

    private final SpringApplication application = new SpringApplication(IcmfApplication.class);

    @Test
    void startsTheDatabaseOnItsDataDirectoryForTheContextToTake() throws Exception {
        new EmbeddedPostgresEarlyStart()
                .postProcessEnvironment(
                        new MockEnvironment().withProperty("icmf.data-dir", dataDir.toString()), application);

        try (EmbeddedPostgres postgres = startedIn(preparedContext()).take();
                Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery("show data_directory")) {
            rows.next();
            assertThat(rows.getString(1))
                    .isEqualTo(dataDir.resolve("postgres").toRealPath().toString());
        }
    }

    @Test
    void startsNothingWithADatabaseAddressOrWhileBuildingTheAheadOfTimeContext() {
        new EmbeddedPostgresEarlyStart()
                .postProcessEnvironment(
                        new MockEnvironment()
                                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.org/icmf")
                                .withProperty("icmf.data-dir", dataDir.toString()),
                        application);
        new EmbeddedPostgresEarlyStart()
                .postProcessEnvironment(
                        new MockEnvironment()
                                .withProperty("spring.aot.processing", "true")
                                .withProperty("icmf.data-dir", dataDir.toString()),
                        application);

        assertThat(preparedContext().containsBean(EmbeddedPostgresEarlyStart.BEAN))
                .isFalse();
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @SuppressWarnings("unchecked")
    private GenericApplicationContext preparedContext() {
        GenericApplicationContext context = new GenericApplicationContext();
        application.getInitializers().stream()
                .filter(initializer ->
                        initializer.getClass().getName().startsWith(EmbeddedPostgresEarlyStart.class.getName()))
                .forEach(initializer -> ((ApplicationContextInitializer<ConfigurableApplicationContext>) initializer)
                        .initialize(context));
        return context;
    }

    private static EmbeddedPostgresEarlyStart.Started startedIn(GenericApplicationContext context) {
        return context.getBeanFactory().getBean(EmbeddedPostgresEarlyStart.Started.class);
    }
}
