package org.icmf.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.icmf.admin.spi.TrashCan;
import org.icmf.security.BoardUser;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trash of each kind of content ({@link TrashCan}: posts, pages), inside its section: deleting asks for
 * confirmation, {@code …/corbeille} lists what waits there, restoring puts it back. The sections' addresses
 * are listed literally so that their security rules (EDITOR) and the access tests see them.
 */
@Controller
class TrashController {

    private static final int PAGE_SIZE = 30;

    private final List<TrashCan> cans;

    TrashController(List<TrashCan> cans) {
        this.cans = cans;
    }

    @GetMapping({"/admin/articles/{id}/supprimer", "/admin/pages/{id}/supprimer"})
    String confirm(@PathVariable long id, HttpServletRequest request, Model model) {
        TrashCan can = can(request);
        model.addAttribute(
                "confirm",
                new TrashConfirmation(
                        can.kind(),
                        can.titleOf(id),
                        can.basePath() + "/" + id + "/supprimer",
                        can.basePath() + "/" + id));
        model.addAttribute("meta", PageMeta.titled("meta.admin.trash.confirm.title"));
        return "admin/trash/confirm";
    }

    @PostMapping({"/admin/articles/{id}/supprimer", "/admin/pages/{id}/supprimer"})
    String trash(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        TrashCan can = can(request);
        can.trash(id, user.actor());
        redirect.addFlashAttribute("flash", can.kind() + ".trashed");
        return "redirect:" + can.basePath();
    }

    @GetMapping({"/admin/articles/corbeille", "/admin/pages/corbeille"})
    String list(@PageableDefault(size = PAGE_SIZE) Pageable page, HttpServletRequest request, Model model) {
        TrashCan can = can(request);
        model.addAttribute("trash", new TrashListing(can.kind(), can.trashed(page), can.basePath()));
        model.addAttribute("meta", PageMeta.titled("meta.admin.trash.title"));
        return "admin/trash/index";
    }

    @PostMapping({"/admin/articles/{id}/restaurer", "/admin/pages/{id}/restaurer"})
    String untrash(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        TrashCan can = can(request);
        can.untrash(id, user.actor());
        redirect.addFlashAttribute("flash", can.kind() + ".untrashed");
        return "redirect:" + can.basePath() + "/corbeille";
    }

    /** The trash of the section the request is in. */
    private TrashCan can(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return cans.stream()
                .filter(can -> path.startsWith(can.basePath() + "/"))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("trash for " + path));
    }
}
