package org.icmf.events.admin;

import java.util.List;
import org.icmf.events.EventEditor;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Action;
import org.icmf.security.spi.DashboardTile.Count;
import org.springframework.stereotype.Component;

/** The events' section: upcoming events on the dashboard. */
@Component
class EventsAdminSection implements AdminSection {

    private static final String PATH = "/admin/evenements";

    private final EventEditor events;

    EventsAdminSection(EventEditor events) {
        this.events = events;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.events", PATH, 30);
    }

    @Override
    public Role requiredRole() {
        return Role.EDITOR;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        String group = DashboardTile.CONTENT;
        return List.of(
                new Count(group, 104, events.upcomingCount(), "admin.dashboard.events.upcoming", PATH),
                new Action(group, 121, "admin.dashboard.events.create", PATH + "/nouveau"));
    }
}
