package org.icmf.membership;

import java.util.Arrays;
import org.icmf.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /association/membres}: the public directory of members, filtered by region;
 * {@code /association/regions}: every region with its representative, or a call for one.
 */
@Controller
class DirectoryController {

    private static final int PAGE_SIZE = 30;

    private final MemberDirectory directory;
    private final RegionalRepresentatives representatives;

    DirectoryController(MemberDirectory directory, RegionalRepresentatives representatives) {
        this.directory = directory;
        this.representatives = representatives;
    }

    @GetMapping("/association/regions")
    String regions(Model model) {
        model.addAttribute("regions", representatives.regions());
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.membership.regions.title")
                        .describedAs("meta.membership.regions.description")
                        .at("/association/regions"));
        return "membership/regions";
    }

    @GetMapping("/association/membres")
    String directory(
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "1") int page, Model model) {
        Region chosen = Arrays.stream(Region.values())
                .filter(known -> known.name().equals(region))
                .findFirst()
                .orElse(null);
        model.addAttribute("members", directory.list(chosen, page, PAGE_SIZE));
        model.addAttribute("regions", Region.values());
        model.addAttribute("region", chosen);
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.membership.directory.title")
                        .describedAs("meta.membership.directory.description")
                        .at("/association/membres"));
        return "membership/directory";
    }
}
