package org.icmf.jobs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import org.icmf.jobs.OfferForm.OfferDraft;
import org.icmf.regions.Region;
import org.icmf.web.FormAttempts;
import org.icmf.web.NotFoundException;
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
 * A recruiter's side of the board: the public form at {@code /emplois/proposer} (spam guard, rate limits, the offer
 * kept unconfirmed until its address is confirmed from the mail), the confirmation link, and the link that closes a
 * published offer. Both links open a page whose button POSTs, so that a mail scanner following links changes nothing.
 */
@Controller
class OfferPostingController {

    static final String FORM_PATH = "/emplois/proposer";

    private final JobPostings postings;
    private final SpamGuard guard;

    OfferPostingController(JobPostings postings, SpamGuard guard) {
        this.postings = postings;
        this.guard = guard;
    }

    @GetMapping(FORM_PATH)
    String blank(Model model) {
        String stamp = guard.stamp();
        model.addAttribute("form", OfferForm.blank(stamp));
        return page(stamp, model);
    }

    @PostMapping(FORM_PATH)
    String propose(
            @Valid @ModelAttribute("form") OfferForm form,
            BindingResult errors,
            HttpServletRequest request,
            Model model) {
        Verdict verdict =
                guard.check(form.stamp(), form.website(), form.title(), form.organisation(), form.description());
        if (verdict == Verdict.HONEYPOT) {
            // A robot: the answer looks like a person's, and nothing is stored or mailed.
            return "redirect:" + FORM_PATH + "/merci";
        }
        if (!errors.hasFieldErrors("email")
                && (form.email() == null || form.email().isBlank())) {
            errors.rejectValue("email", "jobs.email.required");
        }
        if (!Boolean.TRUE.equals(form.consent())) {
            errors.rejectValue("consent", "jobs.consent.required");
        }
        Optional<OfferDraft> offer = form.read(errors, postings.today(), postings.latestDeadline());
        if (verdict == Verdict.STALE_FORM) {
            errors.reject("jobs.form.stale");
        } else if (verdict == Verdict.TOO_FAST) {
            errors.reject("jobs.form.tooFast");
        }
        // A stale stamp is replaced; any other is kept, so that the time spent correcting counts.
        String stamp = verdict == Verdict.STALE_FORM ? guard.stamp() : form.stamp();
        if (errors.hasErrors() || offer.isEmpty()) {
            model.addAttribute("fieldErrors", errors.hasFieldErrors());
            return page(stamp, model);
        }
        if (verdict == Verdict.SPAM_CONTENT) {
            // Too many links or a forbidden word: answered like anyone, nothing stored or mailed.
            return "redirect:" + FORM_PATH + "/merci";
        }
        FormAttempts.Outcome outcome =
                postings.propose(offer.get(), form.normalisedEmail(), guard.addressHash(request.getRemoteAddr()));
        if (outcome != FormAttempts.Outcome.ACCEPTED) {
            errors.reject(
                    outcome == FormAttempts.Outcome.CLIENT_TOO_FREQUENT
                            ? "jobs.form.tooFrequent"
                            : "jobs.form.emailTooFrequent");
            return page(stamp, model);
        }
        return "redirect:" + FORM_PATH + "/merci";
    }

    private String page(String stamp, Model model) {
        model.addAttribute("stamp", stamp);
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.jobs.propose.title")
                        .describedAs("meta.jobs.propose.description")
                        .at(FORM_PATH));
        return "jobs/propose";
    }

    @GetMapping(FORM_PATH + "/merci")
    String sent(Model model) {
        return linkPage("sent", null, null, model);
    }

    @GetMapping(JobPostings.CONFIRM_PATH + "{token}")
    String confirmPage(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!postings.confirmable(token)) {
            throw new NotFoundException("job offer confirmation link");
        }
        return linkPage("confirm", token, response, model);
    }

    @PostMapping(JobPostings.CONFIRM_PATH + "{token}")
    String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!postings.confirm(token)) {
            throw new NotFoundException("job offer confirmation link");
        }
        return linkPage("confirmed", token, response, model);
    }

    @GetMapping(JobPostings.CLOSE_PATH + "{token}")
    String closePage(@PathVariable String token, HttpServletResponse response, Model model) {
        Offer offer = postings.closeable(token).orElseThrow(() -> new NotFoundException("job offer close link"));
        model.addAttribute("offer", offer);
        return linkPage("close", token, response, model);
    }

    @PostMapping(JobPostings.CLOSE_PATH + "{token}")
    String close(@PathVariable String token, HttpServletResponse response, Model model) {
        if (!postings.closeByLink(token)) {
            throw new NotFoundException("job offer close link");
        }
        return linkPage("closed", token, response, model);
    }

    /** A page of a personal link: never kept by a shared cache, never indexed. */
    private static String linkPage(String step, String token, HttpServletResponse response, Model model) {
        if (response != null) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Robots-Tag", "noindex");
        }
        model.addAttribute("step", step);
        model.addAttribute("token", token);
        model.addAttribute("meta", PageMeta.titled("meta.jobs.link.title"));
        return "jobs/link";
    }
}
