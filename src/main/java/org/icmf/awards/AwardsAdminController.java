package org.icmf.awards;

import jakarta.validation.Valid;
import java.util.Optional;
import org.icmf.awards.EditionForm.EditionDraft;
import org.icmf.security.BoardUser;
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
 * {@code /admin/trophees} (ADMIN): the editions and the form opening a new one; an edition's page to change its dates
 * (and its categories until the first nomination), read the nominations by category, shortlist nominees between
 * nominations and vote, and publish the results once the vote closed.
 */
@Controller
class AwardsAdminController {

    static final String PATH = "/admin/trophees";

    private final Awards awards;

    AwardsAdminController(Awards awards) {
        this.awards = awards;
    }

    @GetMapping(PATH)
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EditionForm.blank(awards.today()));
        }
        model.addAttribute("editions", awards.editions());
        model.addAttribute("meta", PageMeta.titled("meta.awards.admin.title"));
        return "admin/awards/index";
    }

    @PostMapping(PATH)
    String open(
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") EditionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Optional<EditionDraft> draft = form.read(errors);
        if (draft.isPresent() && awards.yearTaken(draft.get().year())) {
            errors.rejectValue("year", "awards.year.taken");
        }
        if (errors.hasErrors() || draft.isEmpty()) {
            return list(model);
        }
        awards.open(draft.get(), user.actor());
        redirect.addFlashAttribute("flash", "awards.admin.opened");
        return "redirect:" + PATH + "/" + draft.get().year();
    }

    @GetMapping(PATH + "/" + AwardsController.YEAR)
    String edition(@PathVariable int year, Model model) {
        Edition edition = find(year);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", edition.form());
        }
        return page(edition, model);
    }

    @PostMapping(PATH + "/" + AwardsController.YEAR)
    String update(
            @PathVariable int year,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("form") EditionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Edition edition = find(year);
        if (edition.phase(awards.today()) == Phase.RESULTS) {
            redirect.addFlashAttribute("flash", "awards.admin.published");
            return "redirect:" + PATH + "/" + year;
        }
        Optional<EditionDraft> draft = form.read(errors);
        if (draft.isPresent() && draft.get().year() != year) {
            errors.rejectValue("year", "awards.year.fixed");
        }
        if (draft.isPresent()
                && !draft.get()
                        .categories()
                        .equals(edition.form().categories().lines().toList())
                && awards.categoriesFixed(edition)) {
            errors.rejectValue("categories", "awards.categories.fixed");
        }
        if (errors.hasErrors() || draft.isEmpty()) {
            return page(edition, model);
        }
        awards.update(edition, draft.get(), user.actor());
        redirect.addFlashAttribute("flash", "awards.admin.updated");
        return "redirect:" + PATH + "/" + year;
    }

    @PostMapping(PATH + "/" + AwardsController.YEAR + "/preselection")
    String shortlist(
            @PathVariable int year,
            @AuthenticationPrincipal BoardUser user,
            @Valid @ModelAttribute("shortlist") ShortlistForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        Edition edition = find(year);
        Awards.Outcome outcome = errors.hasErrors()
                ? Awards.Outcome.UNKNOWN
                : awards.shortlist(edition, Long.parseLong(form.category()), form.nominee(), user.actor());
        redirect.addFlashAttribute("flash", "awards.shortlist." + outcome);
        return "redirect:" + PATH + "/" + year + "#nominations";
    }

    @PostMapping(PATH + "/" + AwardsController.YEAR + "/preselection/{finalist:[0-9]{1,18}}/retirer")
    String unshortlist(
            @PathVariable int year,
            @PathVariable long finalist,
            @AuthenticationPrincipal BoardUser user,
            RedirectAttributes redirect) {
        Awards.Outcome outcome = awards.unshortlist(find(year), finalist, user.actor());
        redirect.addFlashAttribute("flash", "awards.unshortlist." + outcome);
        return "redirect:" + PATH + "/" + year + "#nominations";
    }

    @PostMapping(PATH + "/" + AwardsController.YEAR + "/resultats")
    String publish(@PathVariable int year, @AuthenticationPrincipal BoardUser user, RedirectAttributes redirect) {
        Awards.Outcome outcome = awards.publishResults(find(year), user.actor());
        redirect.addFlashAttribute("flash", "awards.publish." + outcome);
        return "redirect:" + PATH + "/" + year;
    }

    private Edition find(int year) {
        return awards.edition(year).orElseThrow(() -> new NotFoundException("awards " + year));
    }

    private String page(Edition edition, Model model) {
        Phase phase = edition.phase(awards.today());
        model.addAttribute("edition", edition);
        model.addAttribute("phase", phase);
        model.addAttribute("categoriesFixed", awards.categoriesFixed(edition));
        model.addAttribute(
                "categories", phase == Phase.RESULTS ? awards.shortlist(edition, true) : awards.nominations(edition));
        model.addAttribute("maxFinalists", Awards.MAX_FINALISTS);
        model.addAttribute("meta", PageMeta.titled("meta.awards.admin.edition", String.valueOf(edition.year())));
        return "admin/awards/edition";
    }
}
