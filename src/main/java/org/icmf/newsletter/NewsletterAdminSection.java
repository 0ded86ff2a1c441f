package org.icmf.newsletter;

import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.springframework.stereotype.Component;

/** The newsletter's admin pages: composing, sending and the figures of each issue, for the editors. */
@Component
class NewsletterAdminSection implements AdminSection {

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.newsletter", NewsletterAdminController.PATH, 75);
    }

    @Override
    public Role requiredRole() {
        return Role.EDITOR;
    }
}
