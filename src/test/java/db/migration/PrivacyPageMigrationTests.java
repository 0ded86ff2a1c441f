package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V3__import_seed_content.SeedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * V69 and V72 bring installed sites' privacy page up to date only if it is still the text written before the members'
 * space and the newsletter (V69) or before the community platform — jobs, tips, awards (V72) — each kept here as it
 * was, and the seed's text has moved on since.
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

    @Test
    void recognisesThePageAsWrittenBeforeTheCommunityPlatform() throws Exception {
        String written = SeedFile.read(new ClassPathResource("db/migration/confidentialite-before-v72.md"))
                .body();
        String seed = SeedFile.read(new ClassPathResource("db/seed/legal/confidentialite.md"))
                .body();

        assertThat(md5(written)).isEqualTo(V72__describe_the_community_platform.IMPORTED_PRIVACY_PAGE);
        assertThat(md5(seed)).isNotEqualTo(V72__describe_the_community_platform.IMPORTED_PRIVACY_PAGE);
        assertThat(seed).contains("### Offres d'emploi", "### Astuces des membres", "### Trophées de l'ICMF");
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
