package org.icmf.admin;

import org.icmf.security.BoardUser;
import org.icmf.security.spi.AdminSection;
import org.icmf.web.PageMeta;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin}: what waits for the board, with links to act on it, from the tiles of the sections the member
 * may open ({@link AdminSection}).
 */
@Controller
class DashboardController {

    private final ObjectProvider<AdminSection> sections;

    DashboardController(ObjectProvider<AdminSection> sections) {
        this.sections = sections;
    }

    @GetMapping("/admin")
    String dashboard(@AuthenticationPrincipal BoardUser user, Model model) {
        model.addAttribute(
                "panels",
                DashboardPanel.of(sections.stream()
                        .filter(section -> user.has(section.requiredRole()))
                        .flatMap(section -> section.tiles(user).stream())
                        .toList()));
        model.addAttribute("meta", PageMeta.titled("meta.admin.dashboard.title"));
        return "admin/dashboard";
    }
}
