package org.icmf.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.icmf.security.BoardUser;
import org.icmf.security.spi.AdminSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The admin layout's menu: the sections the signed-in member may open ({@link AdminSection}), in their order,
 * the one the page belongs to marked current. Between the dashboard and the password page, which every member
 * has.
 */
@ControllerAdvice
class AdminMenu {

    private final ObjectProvider<AdminSection> sections;

    AdminMenu(ObjectProvider<AdminSection> sections) {
        this.sections = sections;
    }

    /** @param current whether the page shown is in this entry's section, for {@code aria-current} */
    public record Entry(String labelKey, String path, boolean current) {}

    @ModelAttribute("adminMenu")
    List<Entry> adminMenu(@AuthenticationPrincipal BoardUser user, HttpServletRequest request) {
        String currentPath =
                request.getRequestURI().substring(request.getContextPath().length());
        if (user == null || !currentPath.startsWith("/admin")) {
            return List.of();
        }
        return sections.stream()
                .filter(section -> user.has(section.requiredRole()))
                .sorted(Comparator.comparingInt(section -> section.menuEntry().order()))
                .map(section -> new Entry(
                        section.menuEntry().labelKey(),
                        section.menuEntry().path(),
                        section.paths().stream()
                                .anyMatch(path -> currentPath.equals(path) || currentPath.startsWith(path + "/"))))
                .toList();
    }
}
