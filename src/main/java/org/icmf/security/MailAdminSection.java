package org.icmf.security;

import org.icmf.security.spi.AdminSection;
import org.springframework.stereotype.Component;

/**
 * The mails the site sent ({@code mail}'s pages), for administrators. Declared here rather than in {@code mail}, like
 * {@link JournalAdminSection}: modules this one builds on cannot implement its spi without a cycle.
 */
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
