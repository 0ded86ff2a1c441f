package org.icmf.newsletter;

import jakarta.validation.Valid;
import org.icmf.security.BoardUser;
import org.icmf.web.PageMeta;
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
 * {@code /admin/lettres} (EDITOR): the issues with their figures; compose or change a draft, preview it as the mail
 * looks, mail a test to oneself, then send it to every confirmed subscriber (once, after confirming).
 */
@Controller
class NewsletterAdminController {

    static final String PATH = "/admin/lettres";

    private final Issues issues;

    NewsletterAdminController(Issues issues) {
        this.issues = issues;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("issues", issues.list());
        model.addAttribute("subscribers", issues.subscriberCounts());
        model.addAttribute("meta", PageMeta.titled("meta.newsletter.admin.title"));
        return "admin/newsletter/index";
    }

    @GetMapping(PATH + "/nouvelle")
    String blank(Model model) {
        return form(null, IssueForm.blank(), model);
    }

    @PostMapping(PATH + "/nouvelle")
    String create(
            @Valid @ModelAttribute("form") IssueForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(null, form, model);
        }
        long id = issues.create(form);
        redirect.addFlashAttribute("flash", "newsletter.saved");
        return "redirect:" + PATH + "/" + id + "/apercu";
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable long id, Model model) {
        if (issues.status(id) != Issues.Status.DRAFT) {
            return "redirect:" + PATH + "/" + id + "/apercu";
        }
        return form(id, issues.form(id), model);
    }

    @PostMapping(PATH + "/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") IssueForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            issues.status(id);
            return form(id, form, model);
        }
        try {
            issues.update(id, form);
            redirect.addFlashAttribute("flash", "newsletter.saved");
        } catch (Issues.AlreadySentException e) {
            redirect.addFlashAttribute("flash", "newsletter.alreadySent");
        }
        return "redirect:" + PATH + "/" + id + "/apercu";
    }

    private String form(Long id, IssueForm form, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("candidates", issues.candidates());
        model.addAttribute(
                "meta",
                PageMeta.titled(id == null ? "meta.newsletter.admin.new.title" : "meta.newsletter.admin.edit.title"));
        return "admin/newsletter/form";
    }

    /** The issue as its mail looks, with what can be done with it: its figures once its sending started. */
    @GetMapping(PATH + "/{id}/apercu")
    String preview(@PathVariable long id, Model model) {
        Issues.Status status = issues.status(id);
        model.addAttribute("id", id);
        model.addAttribute("status", status);
        model.addAttribute("issue", issues.content(id));
        model.addAttribute("mail", issues.preview(id));
        model.addAttribute("subscribers", issues.subscriberCounts().get("CONFIRMED"));
        if (status != Issues.Status.DRAFT) {
            model.addAttribute("figures", issues.figures(id));
        }
        model.addAttribute("meta", PageMeta.titled("meta.newsletter.admin.preview.title"));
        return "admin/newsletter/preview";
    }

    @PostMapping(PATH + "/{id}/essai")
    String sendTest(@AuthenticationPrincipal BoardUser user, @PathVariable long id, RedirectAttributes redirect) {
        issues.sendTest(id, user.email());
        redirect.addFlashAttribute("flash", "newsletter.testSent");
        return "redirect:" + PATH + "/" + id + "/apercu";
    }

    @PostMapping(PATH + "/{id}/envoyer")
    String send(
            @AuthenticationPrincipal BoardUser user,
            @PathVariable long id,
            @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        issues.status(id);
        if (!"oui".equals(confirm)) {
            redirect.addFlashAttribute("flash", "newsletter.confirmMissing");
        } else {
            try {
                issues.startSending(id, user.actor());
                redirect.addFlashAttribute("flash", "newsletter.sendingStarted");
            } catch (Issues.AlreadySentException e) {
                redirect.addFlashAttribute("flash", "newsletter.alreadySent");
            } catch (Issues.NoSubscriberException e) {
                redirect.addFlashAttribute("flash", "newsletter.noSubscriber");
            }
        }
        return "redirect:" + PATH + "/" + id + "/apercu";
    }
}
