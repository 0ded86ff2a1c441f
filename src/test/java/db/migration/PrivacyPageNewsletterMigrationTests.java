package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V3__import_seed_content.SeedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** V71 recognises the privacy page as V48 imported it: the seed's text without its newsletter section. */
class PrivacyPageNewsletterMigrationTests {

    @Test
    void theImportedTextIsTheSeedWithoutTheNewsletterSection() throws Exception {
        String seed = SeedFile.read(new ClassPathResource("db/seed/legal/confidentialite.md"))
                .body();
        int start = seed.indexOf("### Lettre d'information");
        int end = seed.indexOf("### Courriels envoyés par le site");
        assertThat(start).isPositive().isLessThan(end);
        String imported = seed.substring(0, start) + seed.substring(end);
        String md5 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("MD5").digest(imported.getBytes(StandardCharsets.UTF_8)));
        assertThat(md5).isEqualTo(V71__describe_the_newsletter_in_the_privacy_page.IMPORTED);
    }
}
