package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.icmf.web.Markdown;
import org.springframework.core.io.ClassPathResource;

/**
 * Imports the original blog's event, the first Café des Community managers (15 April 2009, Paris), from
 * {@code db/seed/events/}. Runs once per database, like the posts' import.
 */
public class V13__import_seed_event extends BaseJavaMigration {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Override
    public void migrate(Context context) throws Exception {
        V3__import_seed_content.SeedFile file = V3__import_seed_content.SeedFile.read(
                new ClassPathResource("db/seed/events/cafe-des-community-managers-avril-2009.md"));
        Connection connection = context.getConnection();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event (slug, title, category, description_markdown, description_html, starts_at,
                    venue_name, street_address, postal_code, city, country, access_notes, organiser, price,
                    max_companions, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, file.header("slug"));
            insert.setString(2, file.header("title"));
            insert.setString(3, file.header("category"));
            insert.setString(4, file.body());
            insert.setString(5, new Markdown().toSafeHtml(file.body()));
            insert.setTimestamp(
                    6,
                    Timestamp.from(LocalDateTime.parse(file.header("starts_at"))
                            .atZone(PARIS)
                            .toInstant()));
            insert.setString(7, file.header("venue_name"));
            insert.setString(8, file.header("street_address"));
            insert.setString(9, file.header("postal_code"));
            insert.setString(10, file.header("city"));
            insert.setString(11, file.header("country"));
            insert.setString(12, file.header("access_notes"));
            insert.setString(13, file.header("organiser"));
            insert.setString(14, file.header("price"));
            insert.setInt(15, Integer.parseInt(file.header("max_companions")));
            insert.setTimestamp(16, now);
            insert.setTimestamp(17, now);
            insert.executeUpdate();
        }
    }
}
