package org.icmf.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the public layout needs on every page: the site's identity and where the visitor is. */
@ControllerAdvice
class LayoutModelAdvice {

    private final SiteProperties site;

    LayoutModelAdvice(SiteProperties site) {
        this.site = site;
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
}
