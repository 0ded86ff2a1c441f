package org.icmf.jobs;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.icmf.jobs.OfferForm.OfferDraft;
import org.icmf.members.SignedInMember;
import org.icmf.membership.MemberSelfService;
import org.icmf.regions.Region;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The job board in the members' space ({@code /espace-membre/emplois}, behind the members' own security chain): the
 * offers a member saved, those they posted (with where each stands, and a button to withdraw it while pending or
 * open), and the form to post one, which needs no confirmation mail (the member signed in by their address) and waits
 * for the board's moderation. Saving is a button on each open offer's page.
 */
@Controller
class MemberJobsController {

    static final String PATH = "/espace-membre/emplois";

    private final JobBoard board;
    private final JobPostings postings;
    private final MemberSelfService members;

    MemberJobsController(JobBoard board, JobPostings postings, MemberSelfService members) {
        this.board = board;
        this.postings = postings;
        this.members = members;
    }

    @GetMapping(PATH)
    String space(@AuthenticationPrincipal SignedInMember member, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", OfferForm.blank(null));
        }
        return page(email(member), model);
    }

    @PostMapping(PATH)
    String propose(
            @AuthenticationPrincipal SignedInMember member,
            @Valid @ModelAttribute("form") OfferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String email = email(member);
        Optional<OfferDraft> offer = form.read(errors, postings.today(), postings.latestDeadline());
        if (errors.hasErrors() || offer.isEmpty()) {
            model.addAttribute("fieldErrors", true);
            return page(email, model);
        }
        postings.proposeAsMember(offer.get(), email, member.memberId());
        redirect.addFlashAttribute("flash", "jobs.member.proposed");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/" + JobBoardController.SLUG + "/enregistrer")
    String save(
            @AuthenticationPrincipal SignedInMember member, @PathVariable String slug, RedirectAttributes redirect) {
        postings.save(email(member), slug);
        redirect.addFlashAttribute("flash", "jobs.member.saved");
        return "redirect:" + PATH + "#enregistrees";
    }

    @PostMapping(PATH + "/" + JobBoardController.SLUG + "/retirer")
    String forget(
            @AuthenticationPrincipal SignedInMember member, @PathVariable String slug, RedirectAttributes redirect) {
        postings.forget(email(member), slug);
        redirect.addFlashAttribute("flash", "jobs.member.forgotten");
        return "redirect:" + PATH + "#enregistrees";
    }

    /** Withdraws an offer the member posted: said in the flash when done, in an alert when refused. */
    @PostMapping(PATH + "/proposees/{id:\\d{1,18}}/retirer")
    String withdraw(
            @AuthenticationPrincipal SignedInMember member, @PathVariable long id, RedirectAttributes redirect) {
        JobPostings.Withdrawal outcome = postings.withdraw(id, email(member));
        redirect.addFlashAttribute(
                outcome == JobPostings.Withdrawal.WITHDRAWN ? "flash" : "refusal", "jobs.member.withdrawal." + outcome);
        return "redirect:" + PATH + "#proposees";
    }

    private String page(String email, Model model) {
        model.addAttribute("saved", board.saved(email));
        model.addAttribute("posted", board.postedBy(email));
        model.addAttribute("today", board.today());
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("meta", PageMeta.titled("meta.jobs.member.title"));
        return "jobs/member";
    }

    private String email(SignedInMember member) {
        return members.find(member.memberId())
                .map(identity -> identity.email().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("member"));
    }
}
