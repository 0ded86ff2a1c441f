package org.icmf.contact.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.icmf.contact.ContactInbox;
import org.icmf.contact.Folder;
import org.icmf.security.BoardUser;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
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
 * {@code /admin/messages} (ADMIN): the contact messages by folder (à traiter, traités, indésirables), each
 * message with its replies; file, reply by e-mail, restore from spam, delete after confirmation.
 */
@Controller
class AdminMessageController {

    private static final String MESSAGE = "admin/contact/message";

    private final ContactInbox inbox;

    AdminMessageController(ContactInbox inbox) {
        this.inbox = inbox;
    }

    /** A reply to the sender, mailed through the outbox. */
    record ReplyForm(
            @NotBlank(message = "{contact.reply.required}") @Size(max = 10_000, message = "{contact.reply.size}")
            String text) {}

    @GetMapping("/admin/messages")
    String list(
            @RequestParam(name = "dossier", defaultValue = "a-traiter") String folderSlug, Pageable page, Model model) {
        Folder folder = Folder.fromSlug(folderSlug).orElseThrow(() -> new NotFoundException("folder " + folderSlug));
        model.addAttribute("folder", folder);
        model.addAttribute("folders", Folder.values());
        model.addAttribute("counts", inbox.counts());
        model.addAttribute("messages", inbox.folder(folder, page));
        model.addAttribute("meta", PageMeta.titled("meta.contact.admin.folder.title", folder));
        return "admin/contact/index";
    }

    @GetMapping("/admin/messages/{id}")
    String message(@PathVariable long id, Model model) {
        model.addAttribute("reply", new ReplyForm(""));
        return messagePage(id, model);
    }

    @PostMapping("/admin/messages/{id}/repondre")
    String reply(
            @AuthenticationPrincipal BoardUser user,
            @PathVariable long id,
            @Valid @ModelAttribute("reply") ReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return messagePage(id, model);
        }
        return act(id, redirect, "contact.replied", () -> inbox.reply(id, form.text(), user.actor()));
    }

    @PostMapping("/admin/messages/{id}/traite")
    String markHandled(@AuthenticationPrincipal BoardUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "contact.handled", () -> inbox.markHandled(id, user.actor()));
    }

    @PostMapping("/admin/messages/{id}/a-traiter")
    String reopen(@AuthenticationPrincipal BoardUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "contact.reopened", () -> inbox.reopen(id, user.actor()));
    }

    @PostMapping("/admin/messages/{id}/indesirable")
    String markSpam(@AuthenticationPrincipal BoardUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "contact.markedSpam", () -> inbox.markSpam(id, user.actor()));
    }

    @PostMapping("/admin/messages/{id}/restaurer")
    String restore(@AuthenticationPrincipal BoardUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "contact.restored", () -> inbox.restore(id, user.actor()));
    }

    @GetMapping("/admin/messages/{id}/supprimer")
    String confirmDelete(@PathVariable long id, Model model) {
        ContactInbox.Detail message = inbox.detail(id);
        model.addAttribute("message", message);
        model.addAttribute("meta", PageMeta.titled("meta.contact.admin.delete.title"));
        return "admin/contact/delete";
    }

    @PostMapping("/admin/messages/{id}/supprimer")
    String delete(@AuthenticationPrincipal BoardUser user, @PathVariable long id, RedirectAttributes redirect) {
        Folder was = inbox.delete(id, user.actor());
        redirect.addFlashAttribute("flash", "contact.deleted");
        return "redirect:/admin/messages?dossier=" + was.slug();
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ContactInbox.NotAllowedException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/admin/messages/" + id;
    }

    private String messagePage(long id, Model model) {
        ContactInbox.Detail message = inbox.detail(id);
        model.addAttribute("message", message);
        model.addAttribute("meta", PageMeta.titled("meta.contact.admin.message.title", message.senderName()));
        return MESSAGE;
    }
}
