package org.icmf.blog.admin;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.icmf.blog.PostEditor;
import org.icmf.blog.PostForm;
import org.icmf.editing.ContentEditorController;
import org.icmf.editing.EditorSubmission;
import org.icmf.security.BoardUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/articles}: the board writes, schedules, previews and revises posts (EDITOR role). */
@Controller
@RequestMapping("/admin/articles")
class AdminPostController extends ContentEditorController<PostEditor, PostForm> {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_LABEL_LENGTH = 40;

    AdminPostController(PostEditor editor) {
        super(editor);
    }

    @GetMapping
    String list(
            @RequestParam(name = "statut", required = false) String filter,
            @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        model.addAttribute("posts", editor().list(filter, page));
        model.addAttribute("filter", filter);
        model.addAttribute("meta", PageMeta.titled("meta.blog.admin.posts.title"));
        return "admin/posts/index";
    }

    @GetMapping("/nouveau")
    String newPost(@AuthenticationPrincipal BoardUser user, Model model) {
        model.addAttribute("form", PostForm.blank(user.displayName()));
        return form(model, null);
    }

    @PostMapping("/nouveau")
    String create(@Valid @ModelAttribute("form") PostForm form, BindingResult errors, EditorSubmission submission) {
        return submitNew(form, errors, submission);
    }

    @GetMapping("/{id}/apercu")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("post", editor().preview(id));
        model.addAttribute("previewOf", id);
        model.addAttribute("meta", PageMeta.titled("meta.blog.admin.preview.title"));
        return "admin/posts/preview";
    }

    @Override
    protected String formView(Model model, Long id) {
        model.addAttribute(
                "meta", PageMeta.titled(id == null ? "meta.blog.admin.new.title" : "meta.blog.admin.edit.title"));
        return "admin/posts/form";
    }

    /** Each label's length, and that the date exists (no 30 February). */
    @Override
    protected void check(PostForm form, BindingResult errors) {
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

    @Override
    protected String savedMessageKey(PostForm form) {
        return editor().savedMessageKey(form);
    }
}
