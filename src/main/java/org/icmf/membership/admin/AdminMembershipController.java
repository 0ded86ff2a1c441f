package org.icmf.membership.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import org.icmf.membership.application.ApplicationStatus;
import org.icmf.membership.application.MembershipReview;
import org.icmf.membership.application.VolunteerRole;
import org.icmf.membership.dues.Dues;
import org.icmf.regions.Region;
import org.icmf.security.BoardUser;
import org.icmf.web.CsvDownloads;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/adhesions} and {@code /admin/membres} (TREASURER): review applications — accept, reject with a
 * reason, ask for information — and list the members.
 */
@Controller
class AdminMembershipController {

    private static final int PAGE_SIZE = 30;

    private final MembershipReview review;

    AdminMembershipController(MembershipReview review) {
        this.review = review;
    }

    /** The list's filters as its URL carries them; a value that is not one of the choices is ignored. */
    record ApplicationFilter(
            @Size(max = 30) String statut,
            @Size(max = 30) String region,
            @Size(max = 4) String annee,
            @Size(max = 30) String role,
            @Size(max = 101) String q) {

        MembershipReview.Filter toFilter() {
            return new MembershipReview.Filter(
                    Arrays.stream(ApplicationStatus.values())
                            .filter(s -> s.name().equals(statut))
                            .findFirst()
                            .orElse(null),
                    Arrays.stream(Region.values())
                            .filter(r -> r.name().equals(region))
                            .findFirst()
                            .orElse(null),
                    annee != null && annee.matches("\\d{4}") ? Integer.valueOf(annee) : null,
                    "REGIONAL".equals(role)
                                    || Arrays.stream(VolunteerRole.values())
                                            .anyMatch(r -> r.name().equals(role))
                            ? role
                            : null,
                    q == null || q.isBlank() || q.length() > 100 ? null : q.strip());
        }
    }

    /** A reason for a refusal, or a question to the applicant. */
    record MessageForm(
            @NotBlank(message = "{membership.decision.message.required}")
            @Size(max = 2000, message = "{membership.size}")
            String message) {}

    @GetMapping("/admin/adhesions")
    String applications(
            @ModelAttribute("filter") ApplicationFilter filter,
            @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        model.addAttribute("applications", review.list(filter.toFilter(), page));
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("roles", VolunteerRole.values());
        model.addAttribute("meta", PageMeta.titled("meta.membership.applications.title"));
        return "admin/membership/applications";
    }

    @GetMapping("/admin/adhesions/{id}")
    String application(@PathVariable long id, Model model) {
        model.addAttribute("reject", new MessageForm(""));
        model.addAttribute("ask", new MessageForm(""));
        return detail(id, model);
    }

    @PostMapping("/admin/adhesions/{id}/accepter")
    String accept(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        try {
            review.accept(id, user.actor());
            redirect.addFlashAttribute("flash", "membership.accepted");
        } catch (MembershipReview.DecisionNotAllowedException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/admin/adhesions/" + id;
    }

    @PostMapping("/admin/adhesions/{id}/refuser")
    String reject(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("reject") MessageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("ask", new MessageForm(""));
            return detail(id, model);
        }
        return decided(id, redirect, "membership.rejected", () -> review.reject(id, form.message(), user.actor()));
    }

    @PostMapping("/admin/adhesions/{id}/demander")
    String ask(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("ask") MessageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("reject", new MessageForm(""));
            return detail(id, model);
        }
        return decided(
                id,
                redirect,
                "membership.infoRequested",
                () -> review.askForInformation(id, form.message(), user.actor()));
    }

    @GetMapping("/admin/membres")
    String members(
            @RequestParam(name = "q", required = false) String search,
            @RequestParam(name = "cotisation", required = false) String standing,
            @PageableDefault(size = PAGE_SIZE) Pageable page,
            Model model) {
        model.addAttribute("members", review.members(searched(search), standing(standing), page));
        model.addAttribute("q", search);
        model.addAttribute("standing", standing(standing));
        model.addAttribute("standings", Dues.Standing.values());
        model.addAttribute("meta", PageMeta.titled("meta.membership.members.title"));
        return "admin/membership/members";
    }

    @GetMapping("/admin/membres/export.csv")
    ResponseEntity<byte[]> membersCsv(
            @RequestParam(name = "q", required = false) String search,
            @RequestParam(name = "cotisation", required = false) String standing) {
        return CsvDownloads.of("membres-icmf.csv", review.membersCsv(searched(search), standing(standing)));
    }

    private static String searched(String search) {
        return search != null && search.length() <= 100 ? search : null;
    }

    /** A standing chosen in the filter; anything else (empty, forged) lists every member. */
    private static Dues.Standing standing(String name) {
        return Arrays.stream(Dues.Standing.values())
                .filter(known -> known.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private String decided(long id, RedirectAttributes redirect, String flash, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (MembershipReview.DecisionNotAllowedException e) {
            redirect.addFlashAttribute("flash", e.messageKey());
        }
        return "redirect:/admin/adhesions/" + id;
    }

    private String detail(long id, Model model) {
        model.addAttribute("detail", review.detail(id));
        model.addAttribute("meta", PageMeta.titled("meta.membership.application.title"));
        return "admin/membership/application";
    }
}
