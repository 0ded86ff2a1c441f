package org.icmf.tips;

import jakarta.validation.Valid;
import org.icmf.security.BoardUser;
import org.icmf.web.PageMeta;
import org.icmf.web.Paging;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/astuces} (MODERATOR): the tips waiting for the board and the published ones; one tip with its
 * decisions (approve, reject, unpublish) and its text to correct.
 */
@Controller
class TipsAdminController {

    static final String PATH = "/admin/astuces";

    private final TipModeration moderation;
    private final Tips tips;

    TipsAdminController(TipModeration moderation, Tips tips) {
        this.moderation = moderation;
        this.tips = tips;
    }

    @GetMapping(PATH)
    String list(@RequestParam(name = "dossier", required = false) String folder, Pageable page, Model model) {
        boolean published = "publiees".equals(folder);
        model.addAttribute("published", published);
        if (published) {
            model.addAttribute("tips", Paging.existing(moderation.published(page)));
        } else {
            model.addAttribute("waiting", moderation.toModerate());
        }
        model.addAttribute("meta", PageMeta.titled("meta.tips.admin.title"));
        return "admin/tips/index";
    }

    @GetMapping(PATH + "/{id:\\d{1,18}}")
    String tip(@PathVariable long id, Model model) {
        Tip tip = moderation.find(id);
        return page(
                tip, new TipForm(tip.title(), Long.toString(tip.label().id()), tip.bodyMarkdown(), null, null), model);
    }

    private String page(Tip tip, TipForm form, Model model) {
        model.addAttribute("tip", tip);
        model.addAttribute("form", form);
        model.addAttribute("labels", tips.labels());
        model.addAttribute("meta", PageMeta.titled("meta.tips.admin.tip.title"));
        return "admin/tips/tip";
    }

    @PostMapping(PATH + "/{id:\\d{1,18}}")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TipForm form,
            BindingResult errors,
            @AuthenticationPrincipal BoardUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!moderation.edit(id, form, errors, user.actor())) {
            return page(moderation.find(id), form, model);
        }
        redirect.addFlashAttribute("flash", "tips.admin.edited");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id:\\d{1,18}}/approuver")
    String approve(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        moderation.approve(id, user.actor());
        redirect.addFlashAttribute("flash", "tips.admin.approved");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id:\\d{1,18}}/refuser")
    String reject(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        moderation.reject(id, user.actor());
        redirect.addFlashAttribute("flash", "tips.admin.rejected");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id:\\d{1,18}}/retirer")
    String unpublish(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        moderation.unpublish(id, user.actor());
        redirect.addFlashAttribute("flash", "tips.admin.unpublished");
        return "redirect:" + PATH;
    }
}
