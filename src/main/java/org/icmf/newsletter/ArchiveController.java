package org.icmf.newsletter;

import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /lettre/archives}: every sent issue, each on its own page as its mail showed it. */
@Controller
class ArchiveController {

    private final Issues issues;

    ArchiveController(Issues issues) {
        this.issues = issues;
    }

    @GetMapping("/lettre/archives")
    String archive(Model model) {
        model.addAttribute("issues", issues.archive());
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.newsletter.archive.title")
                        .describedAs("meta.newsletter.archive.description")
                        .at("/lettre/archives"));
        return "newsletter/archive";
    }

    @GetMapping("/lettre/archives/{number:\\d{1,9}}")
    String issue(@PathVariable int number, Model model) {
        IssueContent issue =
                issues.archived(number).orElseThrow(() -> new NotFoundException("newsletter issue " + number));
        model.addAttribute("issue", issue);
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.newsletter.issue.title", issue.number(), issue.title())
                        .at("/lettre/archives/" + number));
        return "newsletter/issue";
    }
}
