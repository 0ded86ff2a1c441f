package org.icmf.mail;

import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.springframework.stereotype.Component;

/** The mails the site sent, for administrators. */
@Component
class MailAdminSection implements AdminSection {

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.mail", "/admin/courriels", 100);
    }

    @Override
    public Role requiredRole() {
        return Role.ADMIN;
    }
}
