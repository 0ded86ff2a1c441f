package db.migration;

import db.migration.V3__import_seed_content.SeedFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the newsletter's processing to {@code /confidentialite} on sites installed before it existed (new
 * installations get it from the seed file through V48): the page takes the seed's new text only where the board
 * has not edited it since V48 imported it (no revision, the same Markdown, compared by MD5), as V47 does; a page the
 * board edited is left to the board.
 */
public class V71__describe_the_newsletter_in_the_privacy_page extends BaseJavaMigration {

    /** MD5 of the page's Markdown as V48 imported it. */
    static final String IMPORTED = "ab67ecc2ceb08d86752e4d8aea4f449c";

    @Override
    public void migrate(Context context) throws Exception {
        new V47__restore_seed_wording()
                .restorePage(
                        context.getConnection(),
                        "confidentialite",
                        IMPORTED,
                        SeedFile.read(new ClassPathResource("db/seed/legal/confidentialite.md"))
                                .body());
    }
}
