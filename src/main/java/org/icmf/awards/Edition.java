package org.icmf.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An edition as stored, with its categories in order; its phase follows from its dates and published results. */
record Edition(
        long id,
        int year,
        LocalDate nominationsOpen,
        LocalDate nominationsClose,
        LocalDate voteOpen,
        LocalDate voteClose,
        LocalDate resultsOn,
        Instant resultsPublishedAt,
        List<Category> categories) {

    record Category(long id, String name) {}

    Phase phase(LocalDate today) {
        if (resultsPublishedAt != null) {
            return Phase.RESULTS;
        }
        if (today.isBefore(nominationsOpen)) {
            return Phase.ANNOUNCED;
        }
        if (!today.isAfter(nominationsClose)) {
            return Phase.NOMINATIONS;
        }
        if (today.isBefore(voteOpen)) {
            return Phase.SHORTLIST;
        }
        return today.isAfter(voteClose) ? Phase.COUNTING : Phase.VOTE;
    }

    public String path() {
        return AwardsController.PATH + "/" + year;
    }

    public String title() {
        return "Trophées de l’ICMF " + year;
    }

    /** The edition's category with this id, if it is one of its own. */
    Optional<Category> category(long categoryId) {
        return categories.stream().filter(c -> c.id() == categoryId).findFirst();
    }

    EditionForm form() {
        return new EditionForm(
                Integer.toString(year),
                String.join("\n", categories.stream().map(Category::name).toList()),
                nominationsOpen.toString(),
                nominationsClose.toString(),
                voteOpen.toString(),
                voteClose.toString(),
                resultsOn.toString());
    }
}
