package org.icmf.awards;

import java.util.List;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Shortcut;
import org.springframework.stereotype.Component;

/**
 * The awards, the board's own business (ADMIN); the dashboard says where the current edition stands and leads to it,
 * or to opening one when there is none.
 */
@Component
class AwardsAdminSection implements AdminSection {

    private final Awards awards;

    AwardsAdminSection(Awards awards) {
        this.awards = awards;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.awards", AwardsAdminController.PATH, 79);
    }

    @Override
    public Role requiredRole() {
        return Role.ADMIN;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        DashboardTile tile = awards.current()
                .<DashboardTile>map(edition -> new Shortcut(
                        "admin.section.awards",
                        330,
                        "admin.dashboard.awards." + edition.phase(awards.today()),
                        AwardsAdminController.PATH + "/" + edition.year()))
                .orElseGet(() -> new Shortcut(
                        "admin.section.awards", 330, "admin.dashboard.awards.none", AwardsAdminController.PATH));
        return List.of(tile);
    }
}
