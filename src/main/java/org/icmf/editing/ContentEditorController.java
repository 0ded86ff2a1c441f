package org.icmf.editing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.icmf.security.BoardUser;
import org.icmf.web.ConcurrentEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin form of a {@link ContentEditor}, under the subclass's {@code @RequestMapping} (its section): editing an
 * item at {@code /{id}} is here, creating one ({@link #create}) is mapped by the subclass at its own address. A
 * submitted form is checked (every image needs a text alternative, then {@link #check}); with errors, or when the
 * preview button was pressed, the form shows again with what was typed and the text rendered; else the item is saved
 * and the browser redirected to it with a flash message.
 *
 * @param <E> the editor
 * @param <F> its form record
 */
public abstract class ContentEditorController<E extends ContentEditor<?, F, ?>, F extends ContentForm> {

    private final E editor;

    protected ContentEditorController(E editor) {
        this.editor = editor;
    }

    protected E editor() {
        return editor;
    }

    /** Adds what the form page shows besides the form (its title, …) and returns its view. */
    protected abstract String formView(Model model, Long id);

    /** Checks the form beyond its annotations and the images' text alternatives; nothing by default. */
    protected void check(F form, BindingResult errors) {}

    /** The message key of the flash shown after saving {@code form}. */
    protected abstract String savedMessageKey(F form);

    /**
     * The form of an item; {@code brouillon=reprendre} fills it with the author's automatic revision (saved by the
     * editor's script as they typed), which is otherwise offered when newer than the item.
     */
    @GetMapping("/{id}")
    String edit(
            @PathVariable long id,
            @RequestParam(name = "brouillon", required = false) String draft,
            @AuthenticationPrincipal BoardUser user,
            Model model) {
        if ("reprendre".equals(draft)) {
            model.addAttribute("form", editor.autosavedForm(id, user.actor()));
            model.addAttribute("autosaveResumed", true);
        } else {
            model.addAttribute("form", editor.form(id));
            editor.autosaved(id, user.actor()).ifPresent(found -> model.addAttribute("autosaved", found));
        }
        return form(model, id);
    }

    /**
     * The editor's script saves the text being written here a few seconds after the author stops typing: checked as
     * the form is, kept as their automatic revision; answers when (or, 422, why not) as an HTML fragment.
     */
    @PostMapping("/{id}/brouillon-auto")
    String autosave(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult errors,
            @AuthenticationPrincipal BoardUser user,
            Model model,
            HttpServletResponse response) {
        check(form, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            try {
                model.addAttribute("autosavedAt", editor.autosave(id, form, user.actor()));
            } catch (DataIntegrityViolationException e) {
                // Another tab of the same author saved its draft at the same moment: the next change saves again.
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        }
        return "admin/fragments/editor :: autosaved";
    }

    /** « Ignorer » the automatic revision offered: it is dropped and the stored item shown. */
    @PostMapping("/{id}/brouillon-auto/ignorer")
    String discardAutosaved(@PathVariable long id, @AuthenticationPrincipal BoardUser user) {
        editor.discardAutosaved(id, user.actor());
        return "redirect:" + editor.basePath() + "/" + id;
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult errors,
            EditorSubmission submission) {
        return submit(id, form, errors, submission);
    }

    /**
     * The live preview the editor's script asks for as the board member types: the Markdown rendered and sanitised
     * as the item would show it, and how long it is to read, as an HTML fragment; a text too long for the form is
     * refused (422) with the field's message instead. Stores nothing.
     */
    @PostMapping("/apercu")
    String livePreview(
            @Valid @ModelAttribute("preview") PreviewForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            model.addAttribute("livePreview", editor.livePreview(form.body()));
        }
        return "admin/fragments/editor :: live-preview";
    }

    /** Creates an item from a submitted form, for the subclass's handler at its creation address. */
    protected String submitNew(F form, BindingResult errors, EditorSubmission submission) {
        return submit(null, form, errors, submission);
    }

    /** The form page of a new item ({@code id} null) or of an item, the form in the model already. */
    protected String form(Model model, Long id) {
        model.addAttribute("contentId", id);
        model.addAttribute("timeZone", editor.timeZone()); // the editor's script writes times as the server does
        if (model.getAttribute("form") instanceof ContentForm form && form.body() != null) {
            model.addAttribute("textLength", editor.livePreview(form.body()).length());
            @SuppressWarnings("unchecked") // the form of this controller's editor, put there by its handlers
            F typed = (F) form;
            model.addAttribute("share", editor.sharePreview(typed));
        }
        if (id != null) {
            model.addAttribute("revisions", editor.revisions(id));
        }
        return formView(model, id);
    }

    private String submit(Long id, F form, BindingResult errors, EditorSubmission submission) {
        if (!errors.hasFieldErrors("body") && editor.hasImageWithoutAltText(form.body())) {
            errors.rejectValue("body", "body.imageAltMissing");
        }
        check(form, errors);
        if (!errors.hasErrors() && !submission.preview()) {
            try {
                long saved = id == null ? editor.create(form, submission.actor()) : update(id, form, submission);
                submission.redirect().addFlashAttribute("flash", savedMessageKey(form));
                return "redirect:" + editor.basePath() + "/" + saved;
            } catch (RejectedFieldException e) {
                errors.rejectValue(e.field(), e.messageKey());
            } catch (ConcurrentEditException e) {
                errors.reject(editor.kind() + ".concurrent");
            }
        }
        if (!errors.hasFieldErrors("body") && form.body() != null) {
            submission.model().addAttribute("previewHtml", editor.previewHtml(form.body()));
        }
        return form(submission.model(), id);
    }

    private long update(long id, F form, EditorSubmission submission) {
        editor.update(id, form, submission.actor());
        return id;
    }
}
