package org.icmf.blog.admin;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.icmf.blog.PostEditor;
import org.icmf.blog.PostForm;
import org.icmf.security.BoardUser;
import org.icmf.web.ConcurrentEditException;
import org.icmf.web.Markdown;
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

/** {@code /admin/articles}: the board writes, schedules, previews and revises posts (EDITOR role). */
@Controller
class AdminPostController {

    private static final String FORM = "admin/posts/form";
    private static final int PAGE_SIZE = 20;
    private static final int MAX_LABEL_LENGTH = 40;

    private final PostEditor editor;
    private final Markdown markdown;
    private final Clock clock;

    AdminPostController(PostEditor editor, Markdown markdown, Clock clock) {
        this.editor = editor;
        this.markdown = markdown;
        this.clock = clock;
    }

    @GetMapping("/admin/articles")
    String list(
            @RequestParam(name = "statut", required = false) String filter,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        model.addAttribute("posts", editor.list(filter, page, PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("meta", PageMeta.titled("meta.blog.admin.posts.title"));
        return "admin/posts/index";
    }

    @GetMapping("/admin/articles/nouveau")
    String newPost(@AuthenticationPrincipal BoardUser user, Model model) {
        model.addAttribute("form", PostForm.blank(user.displayName()));
        return form(model, null);
    }

    @PostMapping("/admin/articles/nouveau")
    String create(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") PostForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "enregistrer") String action,
            Model model,
            RedirectAttributes redirect) {
        check(form, errors);
        if (errors.hasErrors() || "apercu".equals(action)) {
            return form(model, null, form, errors);
        }
        try {
            long id = editor.create(form, user.actor());
            redirect.addFlashAttribute("flash", savedMessage(form));
            return "redirect:/admin/articles/" + id;
        } catch (PostEditor.SlugTakenException e) {
            errors.rejectValue("slug", "post.slug.taken");
        } catch (PostEditor.UnknownCoverImageException e) {
            errors.rejectValue("coverImage", "post.coverImage.unknown");
        }
        return form(model, null, form, errors);
    }

    @GetMapping("/admin/articles/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", editor.form(id));
        return form(model, id);
    }

    @PostMapping("/admin/articles/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") PostForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "enregistrer") String action,
            Model model,
            RedirectAttributes redirect) {
        check(form, errors);
        if (errors.hasErrors() || "apercu".equals(action)) {
            return form(model, id, form, errors);
        }
        try {
            editor.update(id, form, user.actor());
            redirect.addFlashAttribute("flash", savedMessage(form));
            return "redirect:/admin/articles/" + id;
        } catch (PostEditor.SlugTakenException e) {
            errors.rejectValue("slug", "post.slug.taken");
        } catch (PostEditor.UnknownCoverImageException e) {
            errors.rejectValue("coverImage", "post.coverImage.unknown");
        } catch (ConcurrentEditException e) {
            errors.reject("post.concurrent");
        }
        return form(model, id, form, errors);
    }

    @GetMapping("/admin/articles/{id}/apercu")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("post", editor.preview(id));
        model.addAttribute("previewOf", id);
        model.addAttribute("meta", PageMeta.titled("meta.blog.admin.preview.title"));
        return "admin/posts/preview";
    }

    private String form(Model model, Long id) {
        model.addAttribute("postId", id);
        if (id != null) {
            model.addAttribute("revisions", editor.revisions(id));
        }
        model.addAttribute(
                "meta", PageMeta.titled(id == null ? "meta.blog.admin.new.title" : "meta.blog.admin.edit.title"));
        return FORM;
    }

    private String form(Model model, Long id, PostForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("body") && form.body() != null) {
            model.addAttribute("previewHtml", editor.previewHtml(form.body()));
        }
        return form(model, id);
    }

    /**
     * Checks the form beyond its annotations: each label's length, that the date exists (no 30 February), and that
     * every image has a text alternative.
     */
    private void check(PostForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("body") && markdown.hasImageWithoutAltText(form.body())) {
            errors.rejectValue("body", "body.imageAltMissing");
        }
        if (!errors.hasFieldErrors("publishAt")
                && form.hasPublishAt()
                && form.publishAtTime().isEmpty()) {
            errors.rejectValue("publishAt", "post.publishAt.invalid");
        }
        if (form.labels() != null
                && !errors.hasFieldErrors("labels")
                && Arrays.stream(form.labels().split(","))
                        .anyMatch(label -> label.strip().length() > MAX_LABEL_LENGTH)) {
            errors.rejectValue("labels", "post.labels.tooLong", new Object[] {MAX_LABEL_LENGTH}, null);
        }
    }

    /** The message key of the flash shown after a save. */
    private String savedMessage(PostForm form) {
        if (!form.published()) {
            return "post.saved.draft";
        }
        return form.publishAtTime()
                        .filter(time -> time.isAfter(LocalDateTime.now(clock)))
                        .isPresent()
                ? "post.saved.scheduled"
                : "post.saved.published";
    }
}
