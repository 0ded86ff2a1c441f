package org.icmf.awards;

import jakarta.validation.Valid;
import java.util.Optional;
import org.icmf.members.SignedInMember;
import org.icmf.web.PageMeta;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The awards in the members' space ({@code /espace-membre/trophees}, behind the members' own security chain): while
 * nominations are open, a form per category to nominate someone (once); during the vote, a ballot per category
 * (once). A refusal (closed, already done, unknown category) is said in French and stores nothing.
 */
@Controller
class MemberAwardsController {

    static final String PATH = "/espace-membre/trophees";

    private final Awards awards;

    MemberAwardsController(Awards awards) {
        this.awards = awards;
    }

    @GetMapping(PATH)
    String space(@AuthenticationPrincipal SignedInMember member, Model model) {
        return page(member, model, null);
    }

    @PostMapping(PATH + "/nominations")
    String nominate(
            @AuthenticationPrincipal SignedInMember member,
            @Valid @ModelAttribute("nomination") NominationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(member, model, form.category());
        }
        Awards.Outcome outcome =
                awards.nominate(member.memberId(), form.categoryId(), form.nomineeName(), form.justificationText());
        redirect.addFlashAttribute("flash", "awards.nominate." + outcome);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/votes")
    String vote(
            @AuthenticationPrincipal SignedInMember member,
            @Valid @ModelAttribute("vote") VoteForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // Radio buttons and hidden fields: only a forged or incomplete ballot gets here.
            redirect.addFlashAttribute(
                    "flash", errors.hasFieldErrors("category") ? "awards.vote.UNKNOWN" : "awards.finalist.required");
            return "redirect:" + PATH;
        }
        Awards.Outcome outcome =
                awards.vote(member.memberId(), Long.parseLong(form.category()), Long.parseLong(form.finalist()));
        redirect.addFlashAttribute("flash", "awards.vote." + outcome);
        return "redirect:" + PATH;
    }

    /** The page; {@code failedCategory} is the category whose nomination form came back with errors. */
    private String page(SignedInMember member, Model model, String failedCategory) {
        Optional<Edition> edition = awards.current();
        model.addAttribute("edition", edition.orElse(null));
        if (edition.isPresent()) {
            Phase phase = edition.get().phase(awards.today());
            model.addAttribute("phase", phase);
            model.addAttribute("nominated", awards.nominationsOf(member.memberId(), edition.get()));
            model.addAttribute("voted", awards.votedIn(member.memberId(), edition.get()));
            model.addAttribute("mayTakePart", awards.mayTakePart(member.memberId()));
            if (phase == Phase.VOTE) {
                model.addAttribute("ballots", awards.shortlist(edition.get(), false));
            }
        }
        if (!model.containsAttribute("nomination")) {
            model.addAttribute("nomination", NominationForm.blank());
        }
        model.addAttribute("failedCategory", failedCategory);
        model.addAttribute("meta", PageMeta.titled("meta.awards.member.title"));
        return "awards/member";
    }
}
