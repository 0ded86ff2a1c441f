package org.icmf.pages;

import org.icmf.comments.CommentSections;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
    String page(@PathVariable String slug, Pageable commentPage, Model model) {
        PageService.PageView page = pages.findBySlug(slug).orElseThrow(() -> new NotFoundException("page " + slug));
        model.addAttribute("page", page);
        model.addAttribute("comments", comments.section(page.commentSubject(), commentPage.getPageNumber()));
        model.addAttribute(
                "meta", PageMeta.content(page.title(), page.description()).at(page.url()));
        return "pages/page";
    }
}
