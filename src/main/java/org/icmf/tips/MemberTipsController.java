package org.icmf.tips;

import jakarta.validation.Valid;
import org.icmf.members.SignedInMember;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tips in the members' space, under {@code /espace-membre} where the member's session cookie travels (its security
 * chain lets only signed-in members in): their tips and the form to share one, a tip as a member sees it (with the
 * "utile" count as it is now, which the public pages may show a little late), and the "utile" mark.
 */
@Controller
class MemberTipsController {

    static final String PATH = "/espace-membre/astuces";

    private final Tips tips;
    private final SpamGuard guard;

    MemberTipsController(Tips tips, SpamGuard guard) {
        this.tips = tips;
        this.guard = guard;
    }

    @GetMapping(PATH)
    String own(@AuthenticationPrincipal SignedInMember member, Model model) {
        return page(member, TipForm.blank(), model);
    }

    private String page(SignedInMember member, TipForm form, Model model) {
        model.addAttribute("own", tips.ownTips(member.memberId()));
        model.addAttribute("form", form);
        model.addAttribute("labels", tips.labels());
        model.addAttribute("stamp", guard.stamp());
        model.addAttribute("meta", PageMeta.titled("meta.tips.space.title"));
        return "tips/space";
    }

    @PostMapping(PATH)
    String share(
            @AuthenticationPrincipal SignedInMember member,
            @Valid @ModelAttribute("form") TipForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Tips.Submitted submitted = errors.hasErrors() ? null : tips.submit(member.memberId(), form, errors);
        if (errors.hasErrors()) {
            return page(member, form, model);
        }
        redirect.addFlashAttribute(
                "flash", submitted == Tips.Submitted.PUBLISHED ? "tips.submitted.published" : "tips.submitted.pending");
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/{id:\\d{1,18}}")
    String tip(@AuthenticationPrincipal SignedInMember member, @PathVariable long id, Model model) {
        Tip tip = tips.visibleTo(id, member.memberId());
        model.addAttribute("tip", tip);
        model.addAttribute("marked", tips.markedUseful(id, member.memberId()));
        model.addAttribute("meta", PageMeta.content(tip.title(), null));
        return "tips/space-tip";
    }

    /** Marks a tip useful, once: a second press changes nothing and says it is already marked. */
    @PostMapping(PATH + "/{id:\\d{1,18}}/utile")
    String markUseful(
            @AuthenticationPrincipal SignedInMember member, @PathVariable long id, RedirectAttributes redirect) {
        boolean marked = tips.markUseful(id, member.memberId());
        redirect.addFlashAttribute("flash", marked ? "tips.useful.marked" : "tips.useful.already");
        return "redirect:" + PATH + "/" + id;
    }
}
