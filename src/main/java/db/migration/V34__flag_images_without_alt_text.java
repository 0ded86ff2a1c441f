package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.icmf.web.Markdown;

/**
 * Adds {@code missing_alt_text} to posts and pages, set when they are saved, and computes it for those already
 * stored. Java rather than SQL: whether an image lacks its text alternative is read from the parsed Markdown (and
 * the HTML inside it), by the same {@link Markdown#hasImageWithoutAltText} the editors use, which no SQL pattern
 * would match exactly. The dashboard then lists them with one small query on a partial index.
 */
public class V34__flag_images_without_alt_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table blog_post add column missing_alt_text boolean not null default false");
            ddl.execute("alter table site_page add column missing_alt_text boolean not null default false");
            ddl.execute(
                    "create index blog_post_missing_alt_text_idx on blog_post (updated_at desc) where missing_alt_text");
            ddl.execute(
                    "create index site_page_missing_alt_text_idx on site_page (updated_at desc) where missing_alt_text");
        }
        flag(connection, "blog_post");
        flag(connection, "site_page");
    }

    /** Sets the flag of every row of {@code table} (blog_post or site_page) whose Markdown has such an image. */
    public static void flag(Connection connection, String table) throws Exception {
        Markdown markdown = new Markdown();
        try (Statement select = connection.createStatement();
                PreparedStatement update =
                        connection.prepareStatement("update " + table + " set missing_alt_text = true where id = ?")) {
            select.setFetchSize(100);
            try (ResultSet rows = select.executeQuery("select id, body_markdown from " + table)) {
                while (rows.next()) {
                    if (markdown.hasImageWithoutAltText(rows.getString("body_markdown"))) {
                        update.setLong(1, rows.getLong("id"));
                        update.addBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }
}
