package org.icmf.membership.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.icmf.membership.ChequeInstructions;
import org.icmf.membership.MembershipProperties;
import org.icmf.membership.dues.RenewalReminders;
import org.icmf.pages.PageService;
import org.icmf.regions.Region;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.icmf.web.SpamGuard.Verdict;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /adherer}: the "Adhérer" page's text (editable in the admin area) followed by the adhesion form (with the
 * spam guard); after sending it, the same answer whatever the address (check your e-mail) and how to pay by cheque;
 * the e-mailed confirmation link, which opens a page whose button confirms.
 */
@Controller
class MembershipController {

    private static final String FORM = "membership/apply";
    private static final String THANKS = "redirect:/adherer/merci";

    private final MembershipApplications applications;
    private final PageService pages;
    private final MembershipProperties properties;
    private final RenewalReminders reminders;
    private final SpamGuard guard;

    MembershipController(
            MembershipApplications applications,
            PageService pages,
            MembershipProperties properties,
            RenewalReminders reminders,
            SpamGuard guard) {
        this.applications = applications;
        this.pages = pages;
        this.properties = properties;
        this.reminders = reminders;
        this.guard = guard;
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
    ChequeInstructions cheque() {
        return applications.chequeInstructions();
    }

    @GetMapping("/adherer")
    String blankForm(Model model) {
        ApplicationForm form = ApplicationForm.blank(guard.stamp());
        model.addAttribute("form", form);
        model.addAttribute("stamp", form.stamp());
        return form(model);
    }

    @PostMapping("/adherer")
    String apply(
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        Verdict verdict = guard.check(form.stamp(), form.website());
        if (verdict == Verdict.HONEYPOT) {
            // A robot: the answer a person gets, and nothing is stored or mailed.
            return THANKS;
        }
        String phone = ApplicationChecks.check(form, errors, properties);
        if (verdict == Verdict.STALE_FORM) {
            errors.reject("membership.form.stale");
        } else if (verdict == Verdict.TOO_FAST) {
            errors.reject("membership.form.tooFast");
        }
        // A stale stamp is replaced; any other is kept, so that the time spent correcting counts.
        model.addAttribute("stamp", verdict == Verdict.STALE_FORM ? guard.stamp() : form.stamp());
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            applications.submit(form.applicant(phone), guard.addressHash(request.getRemoteAddr()));
        } catch (MembershipApplications.TooFrequentException e) {
            errors.reject("membership.form.tooFrequent");
            return form(model);
        }
        // The same answer whether the application was stored, the address already had one or was just mailed.
        return THANKS;
    }

    /** After the form: check your e-mail (its reference and amount are in the mail), then how to pay. */
    @GetMapping("/adherer/merci")
    String thanks(Model model) {
        model.addAttribute("meta", PageMeta.titled("meta.membership.thanks.title"));
        return "membership/thanks";
    }

    /** The e-mailed link: a page whose button confirms, so that a mail scanner opening the link confirms nothing. */
    @GetMapping(MembershipApplications.CONFIRMATION_PATH + "{token}")
    String confirmPage(@PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        if (!applications.confirmable(token)) {
            return linkInvalid(response, model);
        }
        model.addAttribute("token", token);
        model.addAttribute("meta", PageMeta.titled("meta.membership.confirm.title"));
        return "membership/confirm";
    }

    @PostMapping(MembershipApplications.CONFIRMATION_PATH + "{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        return applications
                .confirm(token)
                .map(confirmed -> {
                    model.addAttribute("confirmed", confirmed);
                    model.addAttribute("meta", PageMeta.titled("meta.membership.confirmed.title"));
                    return "membership/confirmed";
                })
                .orElseGet(() -> linkInvalid(response, model));
    }

    private static String linkInvalid(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("meta", PageMeta.titled("meta.membership.invalidLink.title"));
        return "membership/link-invalid";
    }

    /** The "stop the renewal reminders" link of a reminder e-mail: asks first (a link may be opened by a mail scanner). */
    @GetMapping("/adherer/rappels/{token}")
    String remindersPage(@PathVariable String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("token", token);
        model.addAttribute("meta", PageMeta.titled("meta.membership.reminders.title"));
        return "membership/reminders";
    }

    @PostMapping("/adherer/rappels/{token}")
    String stopReminders(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!reminders.stop(token)) {
            return linkInvalid(response, model);
        }
        model.addAttribute("stopped", true);
        model.addAttribute("meta", PageMeta.titled("meta.membership.reminders.title"));
        return "membership/reminders";
    }

    private String form(Model model) {
        pages.findBySlug("adherer").ifPresent(page -> model.addAttribute("page", page));
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.membership.apply.title")
                        .describedAs("meta.membership.apply.description")
                        .at("/adherer"));
        return FORM;
    }
}
