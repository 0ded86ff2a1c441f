package org.icmf.media.admin;

import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.springframework.stereotype.Component;

/** The image library's section. */
@Component
class MediaAdminSection implements AdminSection {

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.media", "/admin/medias", 40);
    }

    @Override
    public Role requiredRole() {
        return Role.EDITOR;
    }
}
