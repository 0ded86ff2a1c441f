package org.icmf.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every mail template of every module writes its variables unescaped, as plain text needs. */
class MailTemplatesTests {

    @Test
    void noMailTemplateHtmlEscapesItsVariables() throws IOException {
        Resource[] templates =
                new PathMatchingResourcePatternResolver().getResources("classpath*:templates/mail/**/*.txt");

        assertThat(templates).as("mail templates found").isNotEmpty();
        for (Resource template : templates) {
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            assertThat(text)
                    .as(template.getURI() + ": write [(${…})], since [[…]] and th:text escape as HTML")
                    .doesNotContain("[[", "th:text=");
        }
    }
}
