package org.icmf.tips;

import java.util.List;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Count;
import org.springframework.stereotype.Component;

/** The tips' moderation, for the moderators; the dashboard shows how many tips wait for them. */
@Component
class TipsAdminSection implements AdminSection {

    private static final String LABEL = "admin.section.tips";

    private final TipModeration moderation;

    TipsAdminSection(TipModeration moderation) {
        this.moderation = moderation;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry(LABEL, TipsAdminController.PATH, 55);
    }

    @Override
    public Role requiredRole() {
        return Role.MODERATOR;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        return List.of(new Count(
                LABEL, 310, moderation.toModerateCount(), "admin.dashboard.tips.pending", TipsAdminController.PATH));
    }
}
