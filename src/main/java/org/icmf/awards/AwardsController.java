package org.icmf.awards;

import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /trophees}: the editions, newest first; each edition's page with its phase and dates, its categories, the
 * shortlist once the board made it, and the results (votes per finalist, winners) once published.
 */
@Controller
class AwardsController {

    static final String PATH = "/trophees";
    static final String YEAR = "{year:[0-9]{4}}";

    private final Awards awards;

    AwardsController(Awards awards) {
        this.awards = awards;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("editions", awards.editions());
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.awards.list.title")
                        .describedAs("meta.awards.list.description")
                        .at(PATH));
        return "awards/list";
    }

    @GetMapping(PATH + "/" + YEAR)
    String edition(@PathVariable int year, Model model) {
        Edition edition = awards.edition(year).orElseThrow(() -> new NotFoundException("awards " + year));
        Phase phase = edition.phase(awards.today());
        model.addAttribute("edition", edition);
        model.addAttribute("phase", phase);
        // The shortlist is public from the vote on; before it, the board may still change it.
        boolean shown = phase == Phase.VOTE || phase == Phase.COUNTING || phase == Phase.RESULTS;
        model.addAttribute("categories", shown ? awards.shortlist(edition, phase == Phase.RESULTS) : null);
        model.addAttribute(
                "meta",
                PageMeta.titled("meta.awards.edition.title", String.valueOf(year))
                        .describedAs("meta.awards.edition.description", String.valueOf(year))
                        .at(edition.path()));
        return "awards/edition";
    }
}
