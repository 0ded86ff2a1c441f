package org.icmf.newsletter;

import java.util.List;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Count;
import org.springframework.stereotype.Component;

/**
 * The newsletter's admin pages: composing, sending and the figures of each issue, for the editors; the dashboard
 * shows how many addresses receive it.
 */
@Component
class NewsletterAdminSection implements AdminSection {

    private final Issues issues;

    NewsletterAdminSection(Issues issues) {
        this.issues = issues;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.newsletter", NewsletterAdminController.PATH, 75);
    }

    @Override
    public Role requiredRole() {
        return Role.EDITOR;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        return List.of(new Count(
                DashboardTile.CONTENT,
                500,
                issues.subscriberCounts().get("CONFIRMED"),
                "admin.dashboard.newsletter.subscribers",
                NewsletterAdminController.PATH));
    }
}
