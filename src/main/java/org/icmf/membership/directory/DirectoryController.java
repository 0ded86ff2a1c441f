package org.icmf.membership.directory;

import java.util.Arrays;
import org.icmf.regions.Region;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /association/membres}: the public directory of members, filtered by region. */
@Controller
class DirectoryController {

    private static final int PAGE_SIZE = 30;

    private final MemberDirectory directory;

    DirectoryController(MemberDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/association/membres")
    String directory(
            @RequestParam(required = false) String region,
            @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        Region chosen = Arrays.stream(Region.values())
                .filter(known -> known.name().equals(region))
                .findFirst()
                .orElse(null);
        model.addAttribute("members", directory.list(chosen, page));
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
