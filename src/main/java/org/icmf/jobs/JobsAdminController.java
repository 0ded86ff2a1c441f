package org.icmf.jobs;

import jakarta.validation.Valid;
import java.util.Optional;
import org.icmf.jobs.JobBoard.Tab;
import org.icmf.jobs.OfferForm.OfferDraft;
import org.icmf.regions.Region;
import org.icmf.security.BoardUser;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.icmf.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
 * {@code /admin/emplois} (MODERATOR): the offers waiting for moderation, published, rejected and ended, a page each;
 * an offer's page to approve it, reject it with a reason mailed to its poster, correct it or close it.
 */
@Controller
class JobsAdminController {

    static final String PATH = "/admin/emplois";
    private static final int PAGE_SIZE = 30;

    private final JobBoard board;
    private final JobPostings postings;

    JobsAdminController(JobBoard board, JobPostings postings) {
        this.board = board;
        this.postings = postings;
    }

    @GetMapping(PATH)
    String list(@RequestParam(name = "onglet", required = false) String tabName, Pageable pageable, Model model) {
        Tab tab = tabName == null ? Tab.PENDING : Tab.of(tabName).orElseThrow(() -> new NotFoundException("tab"));
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", Tab.values());
        model.addAttribute(
                "offers", Paging.existing(board.tab(tab, PageRequest.of(pageable.getPageNumber(), PAGE_SIZE))));
        model.addAttribute("meta", PageMeta.titled("meta.jobs.admin.title"));
        return "admin/jobs/index";
    }

    @GetMapping(PATH + "/{id}")
    String offer(@PathVariable long id, Model model) {
        Offer offer = find(id);
        model.addAttribute("form", OfferForm.of(offer.draft()));
        model.addAttribute("rejection", new RejectionForm(""));
        return page(offer, model);
    }

    @PostMapping(PATH + "/{id}")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") OfferForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Offer offer = find(id);
        // The board may keep a deadline already past (an ended offer's), but not set one further than allowed.
        Optional<OfferDraft> changed = form.read(
                errors,
                offer.deadline().isBefore(postings.today()) ? offer.deadline() : postings.today(),
                postings.latestDeadline());
        if (errors.hasErrors() || changed.isEmpty()) {
            model.addAttribute("rejection", new RejectionForm(""));
            return page(offer, model);
        }
        postings.update(id, changed.get(), user.actor());
        redirect.addFlashAttribute("flash", "jobs.admin.updated");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/approuver")
    String approve(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        if (find(id).deadline().isBefore(postings.today())) {
            // Published, it would expire that night: the board first moves its deadline, or rejects it.
            redirect.addFlashAttribute("flash", "jobs.admin.deadlinePassed");
            return "redirect:" + PATH + "/" + id;
        }
        postings.approve(id, user.actor());
        redirect.addFlashAttribute("flash", "jobs.admin.approved");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/refuser")
    String reject(
            @PathVariable long id,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("rejection") RejectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Offer offer = find(id);
        if (errors.hasErrors()) {
            model.addAttribute("form", OfferForm.of(offer.draft()));
            return page(offer, model);
        }
        postings.reject(id, form.text(), user.actor());
        redirect.addFlashAttribute("flash", "jobs.admin.rejected");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/clore")
    String close(@PathVariable long id, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        postings.close(id, user.actor());
        redirect.addFlashAttribute("flash", "jobs.admin.closed");
        return "redirect:" + PATH + "/" + id;
    }

    private Offer find(long id) {
        return board.byId(id)
                .filter(offer -> offer.status() != OfferStatus.UNCONFIRMED)
                .orElseThrow(() -> new NotFoundException("job offer " + id));
    }

    private String page(Offer offer, Model model) {
        model.addAttribute("offer", offer);
        model.addAttribute("open", offer.openOn(board.today()));
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("regions", Region.values());
        model.addAttribute("meta", PageMeta.titled("meta.jobs.admin.offer", offer.title()));
        return "admin/jobs/offer";
    }
}
