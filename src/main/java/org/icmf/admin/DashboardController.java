package org.icmf.admin;

import org.icmf.blog.BlogService;
import org.icmf.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: what waits for the board, with links to act on it. */
@Controller
class DashboardController {

    private final BlogService blog;

    DashboardController(BlogService blog) {
        this.blog = blog;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("posts", blog.postCounts());
        model.addAttribute("meta", PageMeta.of("Tableau de bord", null, null));
        return "admin/dashboard";
    }
}
