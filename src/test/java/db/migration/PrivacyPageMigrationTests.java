package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V3__import_seed_content.SeedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * V69 brings installed sites' privacy page up to date only if it is still the text V48 imported before the members'
 * space and the newsletter (kept here as it was), and the seed's text has moved on since.
 */
class PrivacyPageMigrationTests {

    @Test
    void recognisesThePageAsImportedBeforeTheMembersSpaceAndTheNewsletter() throws Exception {
        String imported = SeedFile.read(new ClassPathResource("db/migration/confidentialite-before-v69.md"))
                .body();
        String seed = SeedFile.read(new ClassPathResource("db/seed/legal/confidentialite.md"))
                .body();

        assertThat(md5(imported)).isEqualTo(V69__describe_the_members_space.IMPORTED_PRIVACY_PAGE);
        assertThat(md5(seed)).isNotEqualTo(V69__describe_the_members_space.IMPORTED_PRIVACY_PAGE);
        assertThat(seed).contains("### Lettre d'information").contains("Espace membre");
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
