package org.icmf.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.icmf.comments.CommentSections;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

/**
 * A page at the root of the site: {@code /le-metier}, {@code /charte}, {@code /association}, {@code /adherer}
 * and any page added later. Literal mappings of other features ({@code /recherche}, …) take precedence. Under the
 * text, the comments module's section: the comments, and the form when the board opened them on this page.
 */
@Controller
class PageController {

    private final PageService pages;
    private final CommentSections comments;

    PageController(PageService pages, CommentSections comments) {
        this.pages = pages;
        this.comments = comments;
    }

    @GetMapping("/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
    String page(@PathVariable String slug, Pageable commentPage, Model model, HttpServletRequest request) {
        PageService.PageView page = pages.findBySlug(slug).orElse(null);
        if (page == null) {
            // A page whose slug changed: its old address leads to the new one for good.
            String moved = pages.movedTo("/" + slug).orElseThrow(() -> new NotFoundException("page " + slug));
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + moved;
        }
        model.addAttribute("page", page);
        model.addAttribute("comments", comments.section(page.commentSubject(), commentPage.getPageNumber()));
        model.addAttribute(
                "meta", PageMeta.content(page.title(), page.description()).at(page.url()));
        return "pages/page";
    }
}
