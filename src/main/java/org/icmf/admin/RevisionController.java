package org.icmf.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.icmf.admin.spi.RevisionHistory;
import org.icmf.security.BoardUser;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A saved version of a post or a page ({@link RevisionHistory}), and restoring it. The sections' addresses
 * are listed literally so that their security rules (EDITOR) and the access tests see them.
 */
@Controller
class RevisionController {

    private final List<RevisionHistory> histories;

    RevisionController(List<RevisionHistory> histories) {
        this.histories = histories;
    }

    @GetMapping({"/admin/articles/{id}/revisions/{revisionId}", "/admin/pages/{id}/revisions/{revisionId}"})
    String version(@PathVariable long id, @PathVariable long revisionId, HttpServletRequest request, Model model) {
        RevisionHistory history = history(request);
        model.addAttribute("version", history.savedVersion(id, revisionId));
        model.addAttribute("editPath", history.basePath() + "/" + id);
        model.addAttribute("restorePath", history.basePath() + "/" + id + "/revisions/" + revisionId + "/restaurer");
        model.addAttribute("meta", PageMeta.titled("meta.admin.revision.title"));
        return "admin/revision";
    }

    @PostMapping({
        "/admin/articles/{id}/revisions/{revisionId}/restaurer",
        "/admin/pages/{id}/revisions/{revisionId}/restaurer"
    })
    String restore(
            @PathVariable long id,
            @PathVariable long revisionId,
            @AuthenticationPrincipal BoardUser user,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        RevisionHistory history = history(request);
        try {
            history.restore(id, revisionId, user.actor());
            redirect.addFlashAttribute("flash", "revision.restored");
        } catch (RevisionHistory.RestoreRefusedException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:" + history.basePath() + "/" + id;
    }

    private RevisionHistory history(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return histories.stream()
                .filter(history -> path.startsWith(history.basePath() + "/"))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("revisions for " + path));
    }
}
