package org.icmf.contact.admin;

import java.util.List;
import org.icmf.contact.ContactInbox;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Count;
import org.springframework.stereotype.Component;

/** The board's inbox: messages to handle on the dashboard. */
@Component
class ContactAdminSection implements AdminSection {

    private static final String LABEL = "admin.section.messages";
    private static final String PATH = "/admin/messages";

    private final ContactInbox inbox;

    ContactAdminSection(ContactInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry(LABEL, PATH, 70);
    }

    @Override
    public Role requiredRole() {
        return Role.ADMIN;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        return List.of(new Count(LABEL, 400, inbox.toHandleCount(), "admin.dashboard.messages.toHandle", PATH));
    }
}
