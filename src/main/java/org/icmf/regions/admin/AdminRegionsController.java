package org.icmf.regions.admin;

import java.util.Arrays;
import org.icmf.regions.Region;
import org.icmf.regions.RegionalRepresentatives;
import org.icmf.security.BoardUser;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/membres/representants} (TREASURER, with the members): who represents each region. */
@Controller
class AdminRegionsController {

    private final RegionalRepresentatives representatives;

    AdminRegionsController(RegionalRepresentatives representatives) {
        this.representatives = representatives;
    }

    @GetMapping("/admin/membres/representants")
    String representatives(Model model) {
        model.addAttribute("designations", representatives.designations());
        model.addAttribute("meta", PageMeta.titled("meta.membership.representatives.title"));
        return "admin/regions/representatives";
    }

    @PostMapping("/admin/membres/representants")
    String designate(
            @RequestParam String region,
            @RequestParam(required = false) String member,
            @AuthenticationPrincipal BoardUser user,
            RedirectAttributes redirect) {
        Region chosen = Arrays.stream(Region.values())
                .filter(known -> known.name().equals(region))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("region " + region));
        Long memberId =
                member == null || member.isBlank() ? null : Long.valueOf(member.matches("\\d{1,18}") ? member : "-1");
        representatives.designate(chosen, memberId, user.actor());
        redirect.addFlashAttribute(
                "flash",
                memberId == null ? "membership.representative.removed" : "membership.representative.designated");
        return "redirect:/admin/membres/representants";
    }
}
