package db.migration;

import db.migration.V3__import_seed_content.SeedFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;

/**
 * The privacy page describes the community platform — the job board (recruiters' offers and addresses, members' saved
 * offers and alerts), the members' tips (authors, "utile" marks, flags) and the awards (nominations, the secret ballot
 * kept apart from who voted) — on sites installed before them (new installations get it from V48's seed file):
 * replaced only where the page is still the text V69 (or V48) wrote, as V47 does.
 */
public class V72__describe_the_community_platform extends BaseJavaMigration {

    /** MD5 of the privacy page's Markdown as V69 (or V48) wrote it, before the community platform. */
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
