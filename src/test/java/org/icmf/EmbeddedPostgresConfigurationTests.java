package org.icmf;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own PostgreSQL (no SPRING_DATASOURCE_URL) keeps committed data, on disk, across restarts. */
class EmbeddedPostgresConfigurationTests {

    @TempDir
    Path dataDir;

    @Test
    void runsDurablyWithFsyncAndSynchronousCommit() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(dataDir);
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
            assertThat(setting(statement, "data_directory"))
                    .isEqualTo(dataDir.resolve("postgres").toRealPath().toString());
        }
    }

    @Test
    void keepsCommittedDataAcrossARestart() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(dataDir);
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (word text)");
            statement.execute("insert into kept values ('bouche à oreilles')");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(dataDir);
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select word from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("bouche à oreilles");
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
