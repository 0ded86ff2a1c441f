package db.migration;

import db.migration.V3__import_seed_content.SeedFile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.icmf.web.Markdown;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Adds the legal pages ({@code /mentions-legales}, {@code /confidentialite}, {@code /accessibilite}) from
 * {@code db/seed/legal/}, as pages the board edits like the others. Their facts that must match the running site
 * (director, host, retention periods, cookies) are placeholders filled from the configuration when shown. An
 * address the board already gave to a page of its own is left alone.
 */
public class V48__add_legal_pages extends BaseJavaMigration {

    private final Markdown markdown = new Markdown();

    @Override
    public void migrate(Context context) throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                .getResources("classpath:db/seed/legal/*.md");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            insert(context.getConnection(), SeedFile.read(file));
        }
    }

    private void insert(Connection connection, SeedFile file) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into site_page (slug, title, description, body_markdown, body_html)
                select ?, ?, ?, ?, ? where not exists (select 1 from site_page where slug = ?)""")) {
            insert.setString(1, file.header("slug"));
            insert.setString(2, file.header("title"));
            insert.setString(3, file.optionalHeader("description"));
            insert.setString(4, file.body());
            insert.setString(5, markdown.toSafeHtml(file.body()));
            insert.setString(6, file.header("slug"));
            insert.executeUpdate();
        }
    }
}
