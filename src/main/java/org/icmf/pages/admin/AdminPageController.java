package org.icmf.pages.admin;

import jakarta.validation.Valid;
import org.icmf.editing.ContentEditorController;
import org.icmf.editing.EditorSubmission;
import org.icmf.pages.PageEditor;
import org.icmf.pages.PageForm;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /admin/pages}: the board edits the site's pages, creates new ones and puts them in the menu (EDITOR). */
@Controller
@RequestMapping("/admin/pages")
class AdminPageController extends ContentEditorController<PageEditor, PageForm> {

    private static final int PAGE_SIZE = 30;

    AdminPageController(PageEditor editor) {
        super(editor);
    }

    @GetMapping
    String list(@PageableDefault(size = PAGE_SIZE) Pageable page, Model model) {
        model.addAttribute("pages", editor().list(page));
        model.addAttribute("meta", PageMeta.titled("meta.pages.admin.title"));
        return "admin/pages/index";
    }

    @GetMapping("/nouvelle")
    String newPage(Model model) {
        model.addAttribute("form", PageForm.blank());
        return form(model, null);
    }

    @PostMapping("/nouvelle")
    String create(@Valid @ModelAttribute("form") PageForm form, BindingResult errors, EditorSubmission submission) {
        return submitNew(form, errors, submission);
    }

    @Override
    protected String formView(Model model, Long id) {
        model.addAttribute("placeholders", editor().placeholders());
        model.addAttribute(
                "meta", PageMeta.titled(id == null ? "meta.pages.admin.new.title" : "meta.pages.admin.edit.title"));
        return "admin/pages/form";
    }

    /** A typed address must not be a section of the site (checked here too so that it shows with the others). */
    @Override
    protected void check(PageForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("slug") && PageEditor.isReserved(form.slug())) {
            errors.rejectValue("slug", "page.slug.reserved");
        }
    }

    @Override
    protected String savedMessageKey(PageForm form) {
        return "page.saved";
    }
}
