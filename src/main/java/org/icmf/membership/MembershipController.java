package org.icmf.membership;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.icmf.pages.PageService;
import org.icmf.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /adherer}: the "Adhérer" page's text (editable in the admin area) followed by the adhesion form;
 * after sending it, how to pay by cheque; the e-mailed confirmation link.
 */
@Controller
class MembershipController {

    private static final String FORM = "membership/apply";

    private final MembershipApplications applications;
    private final PageService pages;
    private final MembershipProperties properties;
    private final RenewalReminders reminders;

    MembershipController(MembershipApplications applications, PageService pages, MembershipProperties properties,
            RenewalReminders reminders) {
        this.applications = applications;
        this.pages = pages;
        this.properties = properties;
        this.reminders = reminders;
    }

    @ModelAttribute("regions")
    Region[] regions() {
        return Region.values();
    }

    @ModelAttribute("roles")
    VolunteerRole[] roles() {
        return VolunteerRole.values();
    }

    @ModelAttribute("cheque")
    MembershipApplications.ChequeInstructions cheque() {
        return applications.chequeInstructions();
    }

    @GetMapping("/adherer")
    String blankForm(Model model) {
        model.addAttribute("form", ApplicationForm.blank());
        return form(model);
    }

    @PostMapping("/adherer")
    String apply(@Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors, Model model) {
        if (form.fromRobot()) {
            return "redirect:/adherer/merci";
        }
        String phone = ApplicationChecks.check(form, errors, properties);
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            MembershipApplications.Submitted submitted = applications.apply(form.applicant(phone));
            return "redirect:/adherer/merci?reference=" + submitted.reference() + "&montant="
                    + submitted.fee().stripTrailingZeros().toPlainString();
        } catch (MembershipApplications.AlreadyAppliedException e) {
            errors.rejectValue("email", "membership.email.pending");
            return form(model);
        }
    }

    /** After the form: check your e-mail, then how to pay. Shows only what its address carries (no lookup). */
    @GetMapping("/adherer/merci")
    String thanks(@RequestParam(required = false) String reference, @RequestParam(required = false) String montant,
            Model model) {
        model.addAttribute("reference", reference != null && reference.matches("ICMF-\\d{4}-[A-Z0-9]{6}") ? reference : null);
        model.addAttribute("amount", montant != null && montant.matches("\\d{1,5}(\\.\\d{1,2})?") ? montant.replace('.', ',') : null);
        model.addAttribute("meta", PageMeta.of("Merci pour votre adhésion", null, null));
        return "membership/thanks";
    }

    @GetMapping("/adherer/confirmation/{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("meta", PageMeta.of("Confirmation de votre adresse", null, null));
        return applications.confirm(token).map(confirmed -> {
            model.addAttribute("confirmed", confirmed);
            return "membership/confirmed";
        }).orElseGet(() -> {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "membership/link-invalid";
        });
    }

    /** The "stop the renewal reminders" link of a reminder e-mail: asks first (a link may be opened by a mail scanner). */
    @GetMapping("/adherer/rappels/{token}")
    String remindersPage(@PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("token", token);
        model.addAttribute("meta", PageMeta.of("Rappels de cotisation", null, null));
        return "membership/reminders";
    }

    @PostMapping("/adherer/rappels/{token}")
    String stopReminders(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!reminders.stop(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("meta", PageMeta.of("Lien invalide", null, null));
            return "membership/link-invalid";
        }
        model.addAttribute("stopped", true);
        model.addAttribute("meta", PageMeta.of("Rappels de cotisation", null, null));
        return "membership/reminders";
    }

    private String form(Model model) {
        pages.findBySlug("adherer").ifPresent(page -> model.addAttribute("page", page));
        model.addAttribute("meta", PageMeta.of("Adhérer à l'ICMF",
                "Adhérer à l'Institut des Community Managers Français : le formulaire et la cotisation annuelle.",
                "/adherer"));
        return FORM;
    }
}
