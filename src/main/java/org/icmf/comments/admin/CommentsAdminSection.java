package org.icmf.comments.admin;

import java.util.List;
import org.icmf.comments.CommentModeration;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Count;
import org.icmf.security.spi.DashboardTile.Shortcut;
import org.springframework.stereotype.Component;

/** The moderation section: comments waiting on the dashboard. */
@Component
class CommentsAdminSection implements AdminSection {

    private static final String LABEL = "admin.section.comments";
    private static final String PATH = "/admin/commentaires";

    private final CommentModeration moderation;

    CommentsAdminSection(CommentModeration moderation) {
        this.moderation = moderation;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry(LABEL, PATH, 50);
    }

    @Override
    public Role requiredRole() {
        return Role.MODERATOR;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        return List.of(
                new Count(
                        LABEL,
                        300,
                        moderation.pendingCount(),
                        "admin.dashboard.comments.pending",
                        PATH + "?dossier=en-attente"),
                new Shortcut(LABEL, 301, "admin.dashboard.comments.subjects", PATH + "/sujets"));
    }
}
