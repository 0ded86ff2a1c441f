package org.icmf.membership.admin;

import java.util.List;
import org.icmf.membership.application.MembershipReview;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Count;
import org.icmf.security.spi.DashboardTile.Shortcut;
import org.springframework.stereotype.Component;

/** The treasurer's section, one menu entry for applications, members and dues. */
@Component
class MembershipAdminSection implements AdminSection {

    private static final String LABEL = "admin.section.membership";
    private static final String APPLICATIONS = "/admin/adhesions";
    private static final String MEMBERS = "/admin/membres";
    private static final String DUES = "/admin/cotisations";

    private final MembershipReview review;

    MembershipAdminSection(MembershipReview review) {
        this.review = review;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry(LABEL, APPLICATIONS, 60);
    }

    @Override
    public Role requiredRole() {
        return Role.TREASURER;
    }

    @Override
    public List<String> paths() {
        return List.of(APPLICATIONS, MEMBERS, DUES);
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        return List.of(
                new Count(
                        LABEL,
                        200,
                        review.awaitingCount(),
                        "admin.dashboard.membership.awaiting",
                        APPLICATIONS + "?statut=PENDING"),
                new Shortcut(LABEL, 201, "admin.dashboard.membership.members", MEMBERS),
                new Shortcut(LABEL, 202, "admin.dashboard.membership.dues", DUES));
    }
}
