package org.icmf.mail;

import jakarta.validation.Valid;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/courriels}: the mails the site sent, kept or gave up, for administrators. */
@Controller
class MailController {

    private static final int PAGE_SIZE = 50;

    private final MailArchive archive;

    MailController(MailArchive archive) {
        this.archive = archive;
    }

    @ModelAttribute("statuses")
    MailStatus[] statuses() {
        return MailStatus.values();
    }

    @GetMapping("/admin/courriels")
    String list(
            @Valid @ModelAttribute("filter") MailFilterForm filter,
            BindingResult errors,
            @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        model.addAttribute("mails", archive.search(filter.toFilter(errors), page));
        model.addAttribute("filtered", !filter.isEmpty());
        model.addAttribute("meta", PageMeta.titled("meta.mail.sent.title"));
        return "admin/mail/index";
    }

    @GetMapping("/admin/courriels/{id}")
    String mail(@PathVariable long id, Model model) {
        MailArchive.Detail mail = archive.get(id);
        model.addAttribute("mail", mail);
        model.addAttribute("meta", PageMeta.titled("meta.mail.mail.title", mail.subject()));
        return "admin/mail/mail";
    }

    @PostMapping("/admin/courriels/{id}/renvoyer")
    String requeue(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flash",
                switch (archive.resend(id)) {
                    case REQUEUED -> "mail.requeued";
                    case REISSUED -> "mail.reissued";
                    case REISSUE_REFUSED -> "mail.reissue.refused";
                    case REFUSED -> "mail.requeue.refused";
                });
        return "redirect:/admin/courriels/" + id;
    }
}
