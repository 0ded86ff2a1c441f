package org.icmf.pages.admin;

import java.util.List;
import org.icmf.pages.PageEditor;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Action;
import org.icmf.security.spi.DashboardTile.Count;
import org.icmf.security.spi.DashboardTile.Link;
import org.icmf.security.spi.DashboardTile.Watchlist;
import org.springframework.stereotype.Component;

/** The pages' section: its trash on the dashboard, and pages showing an image without text alternative. */
@Component
class PagesAdminSection implements AdminSection {

    private static final String PATH = "/admin/pages";
    /** Pages listed at most for an image without a text alternative. */
    private static final int MISSING_ALT_TEXT = 10;

    private final PageEditor pages;

    PagesAdminSection(PageEditor pages) {
        this.pages = pages;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.pages", PATH, 20);
    }

    @Override
    public Role requiredRole() {
        return Role.EDITOR;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        String group = DashboardTile.CONTENT;
        return List.of(
                new Count(group, 105, pages.trashCount(), "admin.dashboard.pages.trashed", PATH + "/corbeille"),
                new Watchlist(
                        group,
                        111,
                        "images-sans-alt",
                        "admin.dashboard.missingAltText",
                        "admin.dashboard.missingAltText.intro",
                        pages.missingAltText(MISSING_ALT_TEXT).stream()
                                .map(page -> new Link(page.title(), page.editPath()))
                                .toList()),
                new Action(group, 122, "admin.dashboard.pages.edit", PATH));
    }
}
