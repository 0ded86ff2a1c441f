package org.icmf.jobs;

import java.util.List;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Count;
import org.springframework.stereotype.Component;

/** The moderation of job offers, for the moderators; the dashboard shows how many wait for it. */
@Component
class JobsAdminSection implements AdminSection {

    private final JobBoard board;

    JobsAdminSection(JobBoard board) {
        this.board = board;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.jobs", JobsAdminController.PATH, 78);
    }

    @Override
    public Role requiredRole() {
        return Role.MODERATOR;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        return List.of(new Count(
                "admin.section.jobs",
                320,
                board.pendingCount(),
                "admin.dashboard.jobs.pending",
                JobsAdminController.PATH));
    }
}
