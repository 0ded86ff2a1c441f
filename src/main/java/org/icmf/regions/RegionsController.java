package org.icmf.regions;

import org.icmf.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /association/regions}: every region with its representative, or a call for one. */
@Controller
class RegionsController {

    private final RegionalRepresentatives representatives;

    RegionsController(RegionalRepresentatives representatives) {
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
        return "regions/regions";
    }
}
