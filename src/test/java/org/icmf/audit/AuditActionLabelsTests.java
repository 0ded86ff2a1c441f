package org.icmf.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every action a module can log shows in the journal under a French name, in its filter and in its lines. */
class AuditActionLabelsTests {

    @Test
    void everyAuditActionOfEveryModuleHasItsFrenchLabelInTheJournalFilter() throws IOException {
        Properties messages = new Properties();
        try (var reader = new InputStreamReader(
                new ClassPathResource("messages.properties").getInputStream(), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditAction.class));
        List<String> codes = scanner.findCandidateComponents("org.icmf").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .filter(Class::isEnum)
                // the site's actions, not those a test declares for itself
                .filter(type -> !type.getName().contains("Tests$"))
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(action -> ((AuditAction) action).code()))
                .toList();

        assertThat(codes).contains("created", "published", "revision-restored", "password-changed", "recorded");
        assertThat(codes)
                .allSatisfy(code -> assertThat(messages.getProperty("audit.action." + code))
                        .as(code)
                        .isNotBlank());
    }
}
