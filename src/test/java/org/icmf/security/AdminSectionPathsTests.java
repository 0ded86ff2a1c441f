package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.icmf.security.spi.AdminSection;
import org.junit.jupiter.api.Test;

/** A section's paths become the addresses its role guards; a path that is no admin section stops the start-up. */
class AdminSectionPathsTests {

    private static AdminSection claiming(String... paths) {
        return new AdminSection() {
            @Override
            public MenuEntry menuEntry() {
                return new MenuEntry("admin.section.essai", paths[0], 1);
            }

            @Override
            public Role requiredRole() {
                return Role.TREASURER;
            }

            @Override
            public List<String> paths() {
                return List.of(paths);
            }
        };
    }

    @Test
    void guardsEveryAddressUnderEachPath() {
        assertThat(SecurityConfiguration.sectionPatterns(claiming("/admin/essais", "/admin/recus")))
                .containsExactly("/admin/essais/**", "/admin/recus/**");
    }

    @Test
    void refusesPathsOutsideTheAdminSectionsOrOverTheLoginPage() {
        for (String path : List.of("/blog", "/admin", "/administration/essais", SecurityConfiguration.LOGIN_PAGE)) {
            assertThatIllegalStateException()
                    .as(path)
                    .isThrownBy(() -> SecurityConfiguration.sectionPatterns(claiming("/admin/essais", path)))
                    .withMessageContaining(path);
        }
    }
}
