package org.icmf.security.spi;

import java.util.List;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;

/**
 * One section of the admin area, declared as a bean by the module that owns its pages: its entry in the admin
 * menu, the role its pages need, the addresses it owns and what the dashboard shows of it. The security rules,
 * the menu and the dashboard are all derived from these beans, so adding a section is adding one of them.
 */
public interface AdminSection {

    MenuEntry menuEntry();

    /** The role every page of the section needs; ADMIN includes every role. */
    Role requiredRole();

    /**
     * The address prefixes the section owns under {@code /admin/}, each with every address below it; by default
     * the menu entry's only.
     */
    default List<String> paths() {
        return List.of(menuEntry().path());
    }

    /** What the dashboard shows of the section to {@code user}, who holds its role; asked at each visit. */
    default List<DashboardTile> tiles(BoardUser user) {
        return List.of();
    }

    /**
     * @param labelKey the French label's key in {@code messages.properties}
     * @param path     where the entry leads, e.g. {@code /admin/articles}
     * @param order    the entry's place in the menu, smallest first
     */
    record MenuEntry(String labelKey, String path, int order) {}
}
