package org.icmf.comments.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.icmf.comments.CommentModeration;
import org.icmf.comments.CommentModeration.Decision;
import org.icmf.comments.CommentStatus;
import org.icmf.security.BoardUser;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
 * {@code /admin/commentaires} (MODERATOR, ADMIN): the folders (waiting, approved, spam, refused) with decisions in
 * bulk, a comment's page to decide, edit its text or answer it in the association's name, and the list of posts and
 * pages where comments are opened or closed.
 */
@Controller
class AdminCommentController {

    private static final int PAGE_SIZE = 20;
    private static final int SUBJECTS_PAGE_SIZE = 50;
    private static final String BASE = "/admin/commentaires";

    private final CommentModeration moderation;

    AdminCommentController(CommentModeration moderation) {
        this.moderation = moderation;
    }

    /** A comment's new text, or the association's reply. */
    record TextForm(
            @NotBlank(message = "{comment.text.required}") @Size(max = 100_000, message = "{comment.text.tooLong}")
            String text) {}

    @GetMapping(BASE)
    String folder(
            @RequestParam(name = "dossier", defaultValue = "en-attente") String folder,
            @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        CommentStatus status =
                CommentStatus.ofFolder(folder).orElseThrow(() -> new NotFoundException("folder " + folder));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CommentStatus.values());
        Map<CommentStatus, Long> counts = moderation.folderCounts();
        model.addAttribute("counts", counts);
        model.addAttribute("comments", moderation.folder(status, counts.get(status), page));
        model.addAttribute("meta", PageMeta.titled("meta.comments.admin.folder.title", status));
        return "admin/comments/index";
    }

    /** One form for the whole list: the ticked comments and the button pressed. */
    @PostMapping(BASE + "/lot")
    String decideInBulk(
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(name = "decision", defaultValue = "") String decision,
            @RequestParam(name = "dossier", defaultValue = "en-attente") String folder,
            @AuthenticationPrincipal BoardUser user,
            RedirectAttributes redirect) {
        Decision chosen = Decision.ofParam(decision).orElseThrow(() -> new NotFoundException("decision " + decision));
        String back = CommentStatus.ofFolder(folder).map(CommentStatus::folder).orElse("en-attente");
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("flash", "comment.bulk.none");
        } else {
            moderation.decide(ids, chosen, user.actor());
            redirect.addFlashAttribute("flash", "comment.decided." + chosen.param());
        }
        return "redirect:" + BASE + "?dossier=" + back;
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String comment(@PathVariable long id, Model model) {
        return detail(id, new TextForm(null), new TextForm(""), model);
    }

    @PostMapping(BASE + "/{id:\\d+}/decision")
    String decide(
            @PathVariable long id,
            @RequestParam(name = "decision", defaultValue = "") String decision,
            @AuthenticationPrincipal BoardUser user,
            RedirectAttributes redirect) {
        Decision chosen = Decision.ofParam(decision).orElseThrow(() -> new NotFoundException("decision " + decision));
        moderation.detail(id);
        moderation.decide(List.of(id), chosen, user.actor());
        redirect.addFlashAttribute("flash", "comment.decided." + chosen.param());
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id:\\d+}/texte")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("edit") TextForm form,
            BindingResult errors,
            @AuthenticationPrincipal BoardUser user,
            Model model,
            RedirectAttributes redirect) {
        checkLength(form, errors);
        if (errors.hasErrors()) {
            return detail(id, form, new TextForm(""), model);
        }
        moderation.edit(id, form.text(), user.actor());
        redirect.addFlashAttribute("flash", "comment.edited");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id:\\d+}/reponse")
    String reply(
            @PathVariable long id,
            @Valid @ModelAttribute("reply") TextForm form,
            BindingResult errors,
            @AuthenticationPrincipal BoardUser user,
            Model model,
            RedirectAttributes redirect) {
        checkLength(form, errors);
        if (errors.hasErrors()) {
            return detail(id, new TextForm(null), form, model);
        }
        try {
            moderation.reply(id, form.text(), user.actor());
            redirect.addFlashAttribute("flash", "comment.replied");
            return "redirect:" + BASE + "/" + id;
        } catch (CommentModeration.NotAnswerableException e) {
            errors.reject("comment.reply.notAnswerable");
            return detail(id, new TextForm(null), form, model);
        }
    }

    @GetMapping(BASE + "/sujets")
    String subjects(@PageableDefault(size = SUBJECTS_PAGE_SIZE) Pageable page, Model model) {
        model.addAttribute("subjects", moderation.subjects(page));
        model.addAttribute("closeAfterDays", moderation.closeAfterDays());
        model.addAttribute("meta", PageMeta.titled("meta.comments.admin.subjects.title"));
        return "admin/comments/subjects";
    }

    @PostMapping(BASE + "/sujets/{kind:[a-z]+}/{id:\\d+}")
    String switchSubject(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(name = "ouvrir", defaultValue = "false") boolean open,
            @RequestParam(name = "retour", required = false) Long backToComment,
            @AuthenticationPrincipal BoardUser user,
            RedirectAttributes redirect) {
        moderation.setOpen(kind, id, open, user.actor());
        redirect.addFlashAttribute("flash", open ? "comment.subject.opened" : "comment.subject.closed");
        return "redirect:" + (backToComment != null ? BASE + "/" + backToComment : BASE + "/sujets");
    }

    private void checkLength(TextForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("text")
                && form.text() != null
                && form.text().strip().length() > moderation.maxLength()) {
            errors.rejectValue("text", "comment.text.size", new Object[] {moderation.maxLength()}, null);
        }
    }

    private String detail(long id, TextForm edit, TextForm reply, Model model) {
        CommentModeration.CommentDetail detail = moderation.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("c", detail.comment());
        model.addAttribute(
                "edit", edit.text() == null ? new TextForm(detail.comment().body()) : edit);
        model.addAttribute("reply", reply);
        model.addAttribute(
                "meta",
                PageMeta.titled(
                        "meta.comments.admin.comment.title", detail.comment().authorName()));
        return "admin/comments/comment";
    }
}
