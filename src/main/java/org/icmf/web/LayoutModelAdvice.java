package org.icmf.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the public layout needs on every page: the site's identity and where the visitor is. */
@ControllerAdvice
class LayoutModelAdvice {

    private final SiteProperties site;
    private final ObjectProvider<NavigationSource> navigation;

    LayoutModelAdvice(SiteProperties site, ObjectProvider<NavigationSource> navigation) {
        this.site = site;
        this.navigation = navigation;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    /** Path of the current request, for {@code aria-current} in the navigation and canonical links. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("pageLinks")
    PageLinks pageLinks(HttpServletRequest request) {
        return new PageLinks(request.getRequestURI(), request.getParameterMap());
    }

    /** The public layout's main navigation; the admin layout has its own, so it is not looked up there. */
    @ModelAttribute("navigation")
    List<NavigationSource.Link> navigation(HttpServletRequest request) {
        return currentPath(request).startsWith("/admin") ? List.of() : NavigationSource.collect(navigation);
    }
}
