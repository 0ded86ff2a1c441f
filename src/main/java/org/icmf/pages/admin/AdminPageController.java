package org.icmf.pages.admin;

import jakarta.validation.Valid;
import org.icmf.pages.PageEditor;
import org.icmf.pages.PageForm;
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

/** {@code /admin/pages}: the board edits the site's pages, creates new ones and puts them in the menu (EDITOR). */
@Controller
class AdminPageController {

    private static final String FORM = "admin/pages/form";
    private static final int PAGE_SIZE = 30;

    private final PageEditor editor;
    private final Markdown markdown;

    AdminPageController(PageEditor editor, Markdown markdown) {
        this.editor = editor;
        this.markdown = markdown;
    }

    @GetMapping("/admin/pages")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("pages", editor.list(page, PAGE_SIZE));
        model.addAttribute("meta", PageMeta.titled("meta.pages.admin.title"));
        return "admin/pages/index";
    }

    @GetMapping("/admin/pages/nouvelle")
    String newPage(Model model) {
        model.addAttribute("form", PageForm.blank());
        return form(model, null);
    }

    @PostMapping("/admin/pages/nouvelle")
    String create(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") PageForm form,
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
            redirect.addFlashAttribute("flash", "page.saved");
            return "redirect:/admin/pages/" + id;
        } catch (PageEditor.SlugUnavailableException e) {
            errors.rejectValue("slug", e.reserved() ? "page.slug.reserved" : "page.slug.taken");
            return form(model, null, form, errors);
        }
    }

    @GetMapping("/admin/pages/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("form", editor.form(id));
        return form(model, id);
    }

    @PostMapping("/admin/pages/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") PageForm form,
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
            redirect.addFlashAttribute("flash", "page.saved");
            return "redirect:/admin/pages/" + id;
        } catch (PageEditor.SlugUnavailableException e) {
            errors.rejectValue("slug", e.reserved() ? "page.slug.reserved" : "page.slug.taken");
        } catch (ConcurrentEditException e) {
            errors.reject("page.concurrent");
        }
        return form(model, id, form, errors);
    }

    private String form(Model model, Long id) {
        model.addAttribute("pageId", id);
        model.addAttribute("placeholders", editor.placeholders());
        if (id != null) {
            model.addAttribute("revisions", editor.revisions(id));
        }
        model.addAttribute(
                "meta", PageMeta.titled(id == null ? "meta.pages.admin.new.title" : "meta.pages.admin.edit.title"));
        return FORM;
    }

    private String form(Model model, Long id, PageForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("body") && form.body() != null) {
            model.addAttribute("previewHtml", editor.previewHtml(form.body()));
        }
        return form(model, id);
    }

    /**
     * A typed address must not be a section of the site (checked here too so that it shows with the others), and
     * every image needs a text alternative.
     */
    private void check(PageForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("body") && markdown.hasImageWithoutAltText(form.body())) {
            errors.rejectValue("body", "body.imageAltMissing");
        }
        if (!errors.hasFieldErrors("slug") && PageEditor.reserved(form.slug())) {
            errors.rejectValue("slug", "page.slug.reserved");
        }
    }
}
