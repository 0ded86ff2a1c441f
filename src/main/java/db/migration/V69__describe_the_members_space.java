package db.migration;

import db.migration.V3__import_seed_content.SeedFile;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;

/**
 * The privacy page describes the members' space (sign-in links, sessions, dated choices, public profile) and the
 * newsletter (subscribers, consents, sending, retention) on sites installed before them (new installations get it
 * from V48's seed file): replaced only where the board has not edited the page since it was imported, as V47 does.
 */
public class V69__describe_the_members_space extends BaseJavaMigration {

    /** MD5 of the privacy page's Markdown as V48 imported it before the members' space and the newsletter. */
    static final String IMPORTED_PRIVACY_PAGE = "ab67ecc2ceb08d86752e4d8aea4f449c";

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
