package org.icmf.tips;

import jakarta.servlet.http.HttpServletRequest;
import org.icmf.tips.Tip.Label;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.Paging;
import org.icmf.web.SpamGuard;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public tips: {@code /astuces} (newest or, with {@code ?tri=utiles}, most useful first; {@code ?etiquette=}
 * for one label) and {@code /astuces/{slug}}. Readers have no session, so these pages come from the reader cache; the
 * "utile" button posts to the members' space ({@link MemberTipsController}), where the member's cookie travels, and
 * a visitor who is not signed in is sent to its sign-in page. Flagging is open to every reader, behind the spam
 * guard, and answers with a page of its own (no session, so no flash message).
 */
@Controller
class TipsController {

    static final String PATH = "/astuces";
    static final String USEFUL_ORDER = "utiles";

    private final Tips tips;
    private final SpamGuard guard;

    TipsController(Tips tips, SpamGuard guard) {
        this.tips = tips;
        this.guard = guard;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(name = "etiquette", required = false) String labelSlug,
            @RequestParam(name = "tri", required = false) String order,
            Pageable page,
            Model model) {
        Label label = labelSlug == null || labelSlug.isBlank()
                ? null
                : tips.label(labelSlug.strip()).orElseThrow(() -> new NotFoundException("label " + labelSlug));
        boolean useful = USEFUL_ORDER.equals(order);
        model.addAttribute(
                "tips", Paging.existing(tips.published(label, useful ? Tips.Order.USEFUL : Tips.Order.NEWEST, page)));
        model.addAttribute("labels", tips.labels());
        model.addAttribute("label", label);
        model.addAttribute("useful", useful);
        model.addAttribute(
                "meta",
                (label == null
                                ? PageMeta.titled("meta.tips.title")
                                : PageMeta.titled("meta.tips.label.title", label.name()))
                        .describedAs("meta.tips.description")
                        .at(PATH));
        return "tips/list";
    }

    @GetMapping(PATH + "/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
    String tip(@PathVariable String slug, Model model) {
        Tip tip = tips.publishedBySlug(slug).orElseThrow(() -> new NotFoundException("tip " + slug));
        model.addAttribute("tip", tip);
        model.addAttribute("stamp", guard.stamp());
        model.addAttribute(
                "meta",
                PageMeta.content(tip.title(), tip.excerpt()).at(tip.url()).asArticle());
        return "tips/tip";
    }

    @PostMapping(PATH + "/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}/signaler")
    String flag(
            @PathVariable String slug,
            @RequestParam(required = false) String stamp,
            @RequestParam(required = false) String website,
            HttpServletRequest request,
            Model model) {
        tips.flag(slug, stamp, website, guard.addressHash(request.getRemoteAddr()));
        model.addAttribute("meta", PageMeta.titled("meta.tips.flagged.title"));
        return "tips/flagged";
    }
}
