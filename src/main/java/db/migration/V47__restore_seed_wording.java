package db.migration;

import db.migration.V3__import_seed_content.SeedFile;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.icmf.web.Markdown;
import org.springframework.core.io.ClassPathResource;

/**
 * Tells the 2009 seed as it was written on sites installed before its files were corrected (new installations get
 * the corrected files from V3 and V13): the association, job-profile and adhesion pages lose the sentences the seed
 * never said and get back those it said, the café post its "Dominique", two signatures their exact wording, and the
 * seed café its place ("un café au coeur des Halles") without an invented limit of companions. Each text is replaced
 * only where the board has not edited it since it was imported: no revision was saved, and it is still exactly the
 * imported text (compared by MD5), so a board's edit always wins.
 */
public class V47__restore_seed_wording extends BaseJavaMigration {

    /** MD5 of each page's Markdown as V3 imported it (with V22's sentence for the adhesion page). */
    public static final Map<String, String> IMPORTED_PAGES = Map.of(
            "association", "7e0d19ec6ba7f76ca219f244979c4f87",
            "le-metier", "73984314f09919d1d3eb7f8b1de322ea",
            "adherer", "9a2db46ae7db496478bd16fbb3965446");

    static final String CAFE_POST = "le-cafe-des-community-managers";
    static final String IMPORTED_CAFE_POST = "28cf87a227a9337bf48ab89b62321957";
    static final String CAFE_EVENT = "le-cafe-des-community-managers-avril-2009";
    static final String IMPORTED_CAFE_EVENT = "629255a2b428c3b743d805e38912e715";

    /** Signatures as V3 imported them (a comma the seed does not have), and as the seed writes them. */
    static final Map<String, String[]> SIGNATURES = Map.of(
            "communique-de-presse",
                    new String[] {"Nathalie DURAN, Attaché de presse", "Nathalie DURAN Attaché de presse"},
            "nouveau-site-web-et-nouveau-logo",
                    new String[] {
                        "Olivier KAYSER, Président de l'association", "Olivier KAYSER Président de l'association"
                    });

    private final Markdown markdown = new Markdown();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        IMPORTED_PAGES.forEach((slug, imported) -> {
            try {
                restorePage(
                        connection,
                        slug,
                        imported,
                        seed("db/seed/pages/" + slug + ".md").body());
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(slug, e);
            }
        });
        restorePost(
                connection,
                CAFE_POST,
                IMPORTED_CAFE_POST,
                seed("db/seed/posts/05-le-cafe-des-community-managers.md").body());
        for (Map.Entry<String, String[]> signature : SIGNATURES.entrySet()) {
            restoreSignature(
                    connection,
                    signature.getKey(),
                    signature.getValue()[0],
                    signature.getValue()[1]);
        }
        restoreEvent(connection, seed("db/seed/events/cafe-des-community-managers-avril-2009.md"));
    }

    /** Replaces a page's text where it is still the imported one and no revision was ever saved; true if it did. */
    public boolean restorePage(Connection connection, String slug, String importedMd5, String body)
            throws SQLException {
        Markdown.Rendering rendering = markdown.render(body);
        try (PreparedStatement update = connection.prepareStatement("""
                update site_page p set body_markdown = ?, body_html = ?, missing_alt_text = ?, updated_at = now()
                where p.slug = ? and md5(p.body_markdown) = ?
                  and not exists (select 1 from site_page_revision r where r.page_id = p.id)""")) {
            update.setString(1, body);
            update.setString(2, rendering.html());
            update.setBoolean(3, rendering.imageWithoutAltText());
            update.setString(4, slug);
            update.setString(5, importedMd5);
            return update.executeUpdate() == 1;
        }
    }

    /** The same for a post (its publication date, and so its place in the blog, stays). */
    public boolean restorePost(Connection connection, String slug, String importedMd5, String body)
            throws SQLException {
        Markdown.Rendering rendering = markdown.render(body);
        try (PreparedStatement update = connection.prepareStatement("""
                update blog_post p set body_markdown = ?, body_html = ?, body_text = ?, excerpt_html = ?,
                    excerpt_truncated = ?, missing_alt_text = ?
                where p.slug = ? and md5(p.body_markdown) = ?
                  and not exists (select 1 from blog_post_revision r where r.post_id = p.id)""")) {
            update.setString(1, body);
            update.setString(2, rendering.html());
            update.setString(3, rendering.text());
            update.setString(4, rendering.excerpt().html());
            update.setBoolean(5, rendering.excerpt().truncated());
            update.setBoolean(6, rendering.imageWithoutAltText());
            update.setString(7, slug);
            update.setString(8, importedMd5);
            return update.executeUpdate() == 1;
        }
    }

    private static void restoreSignature(Connection connection, String slug, String imported, String seed)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update blog_post p set author_name = ?
                where p.slug = ? and p.author_name = ?
                  and not exists (select 1 from blog_post_revision r where r.post_id = p.id)""")) {
            update.setString(1, seed);
            update.setString(2, slug);
            update.setString(3, imported);
            update.executeUpdate();
        }
    }

    /** An event keeps no revisions: it is untouched while its last update is its import. */
    private void restoreEvent(Connection connection, SeedFile file) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                update event set venue_name = ?, max_companions = ?, description_markdown = ?, description_html = ?
                where slug = ? and updated_at = created_at and md5(description_markdown) = ?""")) {
            update.setString(1, file.header("venue_name"));
            update.setInt(2, Integer.parseInt(file.header("max_companions")));
            update.setString(3, file.body());
            update.setString(4, markdown.toSafeHtml(file.body()));
            update.setString(5, CAFE_EVENT);
            update.setString(6, IMPORTED_CAFE_EVENT);
            update.executeUpdate();
        }
    }

    private static SeedFile seed(String path) throws IOException {
        return SeedFile.read(new ClassPathResource(path));
    }
}
