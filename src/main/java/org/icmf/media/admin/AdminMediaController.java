package org.icmf.media.admin;

import jakarta.validation.Valid;
import org.icmf.media.AltTextForm;
import org.icmf.media.ImageForm;
import org.icmf.media.ImageRejectedException;
import org.icmf.media.MediaLibrary;
import org.icmf.security.BoardUser;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/medias}: the board uploads images, copies their Markdown, describes and deletes them (EDITOR). */
@Controller
class AdminMediaController {

    private static final String LIST = "admin/medias/index";
    private static final String IMAGE = "admin/medias/image";
    private static final int PAGE_SIZE = 24;
    private static final Pageable FIRST_PAGE = PageRequest.of(0, PAGE_SIZE);

    private final MediaLibrary library;

    AdminMediaController(MediaLibrary library) {
        this.library = library;
    }

    @ModelAttribute("maxSize")
    String maxSize() {
        return library.maxSizeText();
    }

    @GetMapping("/admin/medias")
    String list(@PageableDefault(size = PAGE_SIZE) Pageable page, Model model) {
        model.addAttribute("form", ImageForm.blank());
        return listPage(page, model);
    }

    @PostMapping("/admin/medias")
    String upload(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") ImageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("file") && !form.hasFile()) {
            errors.rejectValue("file", "media.file.required");
        }
        if (!errors.hasErrors()) {
            try {
                MediaLibrary.Upload upload = library.upload(form, user.actor());
                redirect.addFlashAttribute(
                        "flash", upload.alreadyPresent() ? "media.alreadyPresent" : "media.uploaded");
                return "redirect:/admin/medias/" + upload.imageId();
            } catch (ImageRejectedException e) {
                errors.rejectValue("file", e.messageKey(), e.arguments(), null);
            }
        }
        return listPage(FIRST_PAGE, model);
    }

    @GetMapping("/admin/medias/{id}")
    String image(@PathVariable long id, Model model) {
        model.addAttribute("form", new AltTextForm(library.get(id).altText()));
        return imagePage(id, model);
    }

    @PostMapping("/admin/medias/{id}")
    String describe(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") AltTextForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return imagePage(id, model);
        }
        library.describe(id, form.altText(), user.actor());
        redirect.addFlashAttribute("flash", "media.described");
        return "redirect:/admin/medias/" + id;
    }

    @GetMapping("/admin/medias/{id}/supprimer")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("image", library.get(id));
        model.addAttribute("meta", PageMeta.titled("meta.media.delete.title"));
        return "admin/medias/delete";
    }

    @PostMapping("/admin/medias/{id}/supprimer")
    String delete(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        library.delete(id, user.actor());
        redirect.addFlashAttribute("flash", "media.deleted");
        return "redirect:/admin/medias";
    }

    private String listPage(Pageable page, Model model) {
        model.addAttribute("images", library.list(page));
        model.addAttribute("meta", PageMeta.titled("meta.media.title"));
        return LIST;
    }

    private String imagePage(long id, Model model) {
        model.addAttribute("image", library.get(id));
        model.addAttribute("meta", PageMeta.titled("meta.media.image.title"));
        return IMAGE;
    }
}
