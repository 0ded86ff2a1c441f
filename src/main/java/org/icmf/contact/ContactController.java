package org.icmf.contact;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.icmf.regions.RegionalRepresentatives;
import org.icmf.regions.RegionalRepresentatives.RegionEntry;
import org.icmf.web.PageMeta;
import org.icmf.web.SpamGuard;
import org.icmf.web.SpamGuard.Verdict;
import org.icmf.web.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /contact}: the form to write to the board, or to a region's representative
 * ({@code /contact?representant=BRETAGNE}, linked from {@code /association/regions}); after sending, the
 * confirmation page. Robots that fill the honeypot get the same confirmation and nothing is kept.
 */
@Controller
class ContactController {

    private static final String FORM = "contact/form";

    private final ContactDesk desk;
    private final SpamGuard guard;
    private final RegionalRepresentatives representatives;
    private final ContactProperties properties;

    ContactController(
            ContactDesk desk, SpamGuard guard, RegionalRepresentatives representatives, ContactProperties properties) {
        this.desk = desk;
        this.guard = guard;
        this.representatives = representatives;
        this.properties = properties;
    }

    @GetMapping("/contact")
    String blankForm(@RequestParam(name = "representant", required = false) String region, Model model) {
        List<RegionEntry> represented = representatives.represented();
        String chosen = region == null || represented.isEmpty() ? null : region.strip();
        boolean known = chosen != null && find(represented, chosen).isPresent();
        ContactForm form = ContactForm.blank(guard.stamp(), chosen == null ? null : known ? chosen : "");
        model.addAttribute("form", form);
        if (chosen != null && !chosen.isEmpty() && !known) {
            DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "form");
            errors.rejectValue("representative", "contact.representative.unknown");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        }
        return page(form, form.stamp(), represented, model);
    }

    @PostMapping("/contact")
    String send(
            @Valid @ModelAttribute("form") ContactForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        Verdict verdict = guard.check(form.stamp(), form.website(), form.name(), form.organisation(), form.message());
        if (verdict == Verdict.HONEYPOT) {
            // A robot: the answer looks like a person's, and nothing is stored or mailed.
            return "redirect:/contact/merci?m=" + Tokens.random();
        }
        List<RegionEntry> represented = representatives.represented();
        RegionEntry representative = checkRepresentative(form, represented, errors);
        if (!errors.hasFieldErrors("email") && !plainAddress(form.normalisedEmail())) {
            errors.rejectValue("email", "contact.email.invalid");
        }
        if (verdict == Verdict.STALE_FORM) {
            errors.reject("contact.form.stale");
        } else if (verdict == Verdict.TOO_FAST) {
            errors.reject("contact.form.tooFast");
        }
        // A stale stamp is replaced; any other is kept, so that the time spent correcting counts.
        String stamp = verdict == Verdict.STALE_FORM ? guard.stamp() : form.stamp();
        if (errors.hasErrors()) {
            model.addAttribute("fieldErrors", errors.hasFieldErrors());
            return page(form, stamp, represented, model);
        }
        String email = form.normalisedEmail();
        String message = form.normalisedMessage();
        Submission submission = new Submission(
                form.normalisedName(),
                email,
                form.normalisedOrganisation(),
                form.chosenTopic(),
                representative == null ? null : representative.region(),
                representative == null ? null : representative.name(),
                message,
                guard.addressHash(request.getRemoteAddr()),
                ContactDesk.submissionKey(form.stamp(), email, message));
        try {
            return "redirect:/contact/merci?m=" + desk.submit(submission, verdict == Verdict.SPAM_CONTENT);
        } catch (ContactDesk.AlreadySentException e) {
            errors.reject("contact.form.alreadySent");
        } catch (ContactDesk.TooFrequentException e) {
            errors.reject("contact.form.tooFrequent");
        }
        return page(form, stamp, represented, model);
    }

    /** After sending: thanks, and what was sent while the page's link is valid (an hour). */
    @GetMapping("/contact/merci")
    String sent(@RequestParam(name = "m", required = false) String token, HttpServletResponse response, Model model) {
        // What a sender wrote: never kept by a shared cache, never indexed.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("sent", token == null ? null : desk.receipt(token).orElse(null));
        model.addAttribute("meta", PageMeta.titled("meta.contact.sent.title"));
        return "contact/sent";
    }

    /**
     * The representative written to, among the regions that have one. A region that has none (or a forged value)
     * and the topic "représentant régional" without a representative are reported next to the field.
     */
    private static RegionEntry checkRepresentative(
            ContactForm form, List<RegionEntry> represented, BindingResult errors) {
        if (form.hasRepresentative()) {
            Optional<RegionEntry> found = find(represented, form.representative());
            if (found.isEmpty()) {
                errors.rejectValue(
                        "representative",
                        represented.isEmpty() ? "contact.representative.none" : "contact.representative.unknown");
            }
            return found.orElse(null);
        }
        if (!errors.hasFieldErrors("topic") && form.chosenTopic() == Topic.REPRESENTATIVE) {
            errors.rejectValue(
                    represented.isEmpty() ? "topic" : "representative",
                    represented.isEmpty() ? "contact.representative.none" : "contact.representative.required");
        }
        return null;
    }

    private static Optional<RegionEntry> find(List<RegionEntry> represented, String region) {
        return represented.stream()
                .filter(entry -> entry.region().name().equals(region))
                .findFirst();
    }

    /** The outbox accepts one plain address only (no display name, no group): checked here for a French message. */
    private static boolean plainAddress(String email) {
        try {
            return email.equals(new InternetAddress(email, true).getAddress());
        } catch (AddressException e) {
            return false;
        }
    }

    private String page(ContactForm form, String stamp, List<RegionEntry> represented, Model model) {
        boolean toRepresentative = !represented.isEmpty() && form.toRepresentativeMode();
        model.addAttribute("stamp", stamp);
        model.addAttribute("toRepresentative", toRepresentative);
        model.addAttribute("represented", represented);
        model.addAttribute(
                "topics",
                Arrays.stream(Topic.values())
                        .filter(topic -> toRepresentative || topic != Topic.REPRESENTATIVE)
                        .toList());
        model.addAttribute("retentionDays", properties.retention().toDays());
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.contact.title")
                        .describedAs("meta.contact.description")
                        .at("/contact"));
        return FORM;
    }
}
