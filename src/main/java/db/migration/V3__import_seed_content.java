package db.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.icmf.web.Markdown;
import org.icmf.web.Slugs;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Imports the association's original 2009 blog (posts and the pages drawn from it), kept as Markdown files
 * with a small header under {@code db/seed/}. Being a Flyway migration, it runs exactly once per database:
 * restarting never duplicates the content, and content deleted later by the board stays deleted.
 */
public class V3__import_seed_content extends BaseJavaMigration {

    /** The seed gives dates only; noon in Paris keeps each post on its day in any zone near Europe. */
    private static final LocalTime PUBLICATION_TIME = LocalTime.NOON;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Markdown markdown = new Markdown();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (Resource resource : resources("classpath:db/seed/posts/*.md")) {
            insertPost(connection, SeedFile.read(resource));
        }
        for (Resource resource : resources("classpath:db/seed/pages/*.md")) {
            insertPage(connection, SeedFile.read(resource));
        }
    }

    private void insertPost(Connection connection, SeedFile file) throws SQLException {
        Markdown.Rendering rendering = markdown.render(file.body());
        Timestamp publishedAt = Timestamp.from(LocalDate.parse(file.header("date"))
                .atTime(PUBLICATION_TIME)
                .atZone(PARIS)
                .toInstant());
        long postId;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html,
                    excerpt_truncated, author_name, source_label, source_url, status, published_at,
                    created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)
                returning id""")) {
            insert.setString(1, Slugs.uniqueSlug(file.header("title"), slug -> exists(connection, slug)));
            insert.setString(2, file.header("title"));
            insert.setString(3, file.body());
            insert.setString(4, rendering.html());
            insert.setString(5, rendering.text());
            insert.setString(6, rendering.excerpt().html());
            insert.setBoolean(7, rendering.excerpt().truncated());
            insert.setString(8, file.optionalHeader("author"));
            insert.setString(9, file.optionalHeader("source"));
            insert.setString(10, file.optionalHeader("source_url"));
            insert.setTimestamp(11, publishedAt);
            insert.setTimestamp(12, publishedAt);
            insert.setTimestamp(13, publishedAt);
            postId = singleId(insert);
        }
        for (String label : file.optionalHeader("labels") == null
                ? new String[0]
                : file.header("labels").split("\\s*,\\s*")) {
            long labelId = labelId(connection, label);
            try (PreparedStatement link =
                    connection.prepareStatement("insert into blog_post_label (post_id, label_id) values (?, ?)")) {
                link.setLong(1, postId);
                link.setLong(2, labelId);
                link.executeUpdate();
            }
        }
    }

    private static boolean exists(Connection connection, String slug) {
        try (PreparedStatement select = connection.prepareStatement("select 1 from blog_post where slug = ?")) {
            select.setString(1, slug);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long labelId(Connection connection, String name) throws SQLException {
        String slug = Slugs.slugify(name);
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into blog_label (slug, name) values (?, ?)
                on conflict (slug) do update set name = excluded.name
                returning id""")) {
            upsert.setString(1, slug);
            upsert.setString(2, name);
            return singleId(upsert);
        }
    }

    private void insertPage(Connection connection, SeedFile file) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into site_page (slug, title, nav_title, nav_order, description, body_markdown, body_html)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, file.header("slug"));
            insert.setString(2, file.header("title"));
            insert.setString(3, file.optionalHeader("nav_title"));
            insert.setObject(
                    4, file.optionalHeader("nav_order") == null ? null : Integer.valueOf(file.header("nav_order")));
            insert.setString(5, file.optionalHeader("description"));
            insert.setString(6, file.body());
            insert.setString(7, markdown.toSafeHtml(file.body()));
            insert.executeUpdate();
        }
    }

    private static long singleId(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<Resource> resources(String pattern) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver(V3__import_seed_content.class.getClassLoader())
                .getResources(pattern);
        return Arrays.stream(found)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }

    /** A Markdown file with a {@code ---}-delimited header of {@code key: value} lines. */
    record SeedFile(String name, Map<String, String> headers, String body) {

        static SeedFile read(Resource resource) throws IOException {
            String text = resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                throw new IllegalStateException(resource.getFilename() + " has no header");
            }
            int end = text.indexOf("\n---\n", 3);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : text.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip());
            }
            return new SeedFile(
                    resource.getFilename(), headers, text.substring(end + 5).strip() + "\n");
        }

        String header(String key) {
            String value = headers.get(key);
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException(name + " lacks " + key);
            }
            return value;
        }

        String optionalHeader(String key) {
            String value = headers.get(key);
            return value == null || value.isEmpty() ? null : value;
        }
    }
}
