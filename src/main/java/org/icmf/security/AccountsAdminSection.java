package org.icmf.security;

import org.icmf.security.spi.AdminSection;
import org.springframework.stereotype.Component;

/** The board's accounts and their roles, for administrators. */
@Component
class AccountsAdminSection implements AdminSection {

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.accounts", "/admin/comptes", 80);
    }

    @Override
    public Role requiredRole() {
        return Role.ADMIN;
    }
}
