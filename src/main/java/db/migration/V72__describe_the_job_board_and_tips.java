package db.migration;

import db.migration.V3__import_seed_content.SeedFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;

/**
 * The privacy page describes the job board (recruiters' offers and addresses, members' saved offers and alerts) and
 * the members' tips (authors, "utile" marks, flags) on sites installed before them (new installations get it from
 * V48's seed file): replaced only where the page is still the text V69 (or V48) wrote, as V47 does.
 */
public class V72__describe_the_job_board_and_tips extends BaseJavaMigration {

    /** MD5 of the privacy page's Markdown as V69 (or V48) wrote it, before the job board and the tips. */
    static final String IMPORTED_PRIVACY_PAGE = "71c2a335972cef593bec889815741948";

    @Override
    public void migrate(Context context) throws Exception {
        new V47__restore_seed_wording()
                .restorePage(
                        context.getConnection(),
                        "confidentialite",
                        IMPORTED_PRIVACY_PAGE,
                        SeedFile.read(new ClassPathResource("db/seed/legal/confidentialite.md"))
                                .body());
    }
}
