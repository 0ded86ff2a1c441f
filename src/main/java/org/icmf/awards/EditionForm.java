package org.icmf.awards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * An edition as the board types it: its year, its categories one a line, and the dates of its phases, typed as text
 * so that "abc" gets a French message next to the field; {@link #read} checks what the annotations cannot: the
 * dates follow each other and stay within a year of the edition's.
 */
record EditionForm(
        @NotBlank(message = "{awards.year.invalid}") @Size(max = 4, message = "{awards.year.invalid}")
        String year,

        @NotBlank(message = "{awards.categories.required}") @Size(max = 1500, message = "{awards.categories.size}")
        String categories,

        @NotBlank(message = "{awards.date.required}") @Size(max = 10, message = "{awards.date.invalid}")
        String nominationsOpen,

        @NotBlank(message = "{awards.date.required}") @Size(max = 10, message = "{awards.date.invalid}")
        String nominationsClose,

        @NotBlank(message = "{awards.date.required}") @Size(max = 10, message = "{awards.date.invalid}")
        String voteOpen,

        @NotBlank(message = "{awards.date.required}") @Size(max = 10, message = "{awards.date.invalid}")
        String voteClose,

        @NotBlank(message = "{awards.date.required}") @Size(max = 10, message = "{awards.date.invalid}")
        String resultsOn) {

    static final int MAX_CATEGORIES = 10;
    static final int MAX_CATEGORY_LENGTH = 120;

    /** A new edition for next year, with the association's usual categories. */
    static EditionForm blank(LocalDate today) {
        int year = today.getYear() + 1;
        return new EditionForm(
                Integer.toString(year),
                "Community manager de l’année\nInitiative solidaire\nJeune talent",
                "",
                "",
                "",
                "",
                "");
    }

    record EditionDraft(
            int year,
            List<String> categories,
            LocalDate nominationsOpen,
            LocalDate nominationsClose,
            LocalDate voteOpen,
            LocalDate voteClose,
            LocalDate resultsOn) {}

    /** The edition typed, or empty with the reasons in {@code errors}. */
    Optional<EditionDraft> read(Errors errors) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Integer edition = year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        if (edition == null || edition < 2000 || edition > 2100) {
            errors.rejectValue("year", "awards.year.invalid");
            edition = null;
        }
        List<String> names = categoryNames(errors);
        String[] fields = {"nominationsOpen", "nominationsClose", "voteOpen", "voteClose", "resultsOn"};
        String[] values = {nominationsOpen, nominationsClose, voteOpen, voteClose, resultsOn};
        LocalDate[] dates = new LocalDate[fields.length];
        for (int i = 0; i < fields.length; i++) {
            dates[i] = date(values[i]);
            if (dates[i] == null) {
                errors.rejectValue(fields[i], "awards.date.invalid");
            } else if (edition != null && Math.abs(dates[i].getYear() - edition) > 1) {
                errors.rejectValue(fields[i], "awards.date.bounds");
            }
        }
        // In order: each phase after the previous one; nominations may open and close the same day, as may the vote.
        for (int i = 1; i < fields.length; i++) {
            if (dates[i - 1] != null && dates[i] != null) {
                boolean sameDayAllowed = i == 1 || i == 3;
                if (dates[i].isBefore(dates[i - 1]) || (!sameDayAllowed && dates[i].isEqual(dates[i - 1]))) {
                    errors.rejectValue(fields[i], "awards.date.order." + fields[i]);
                }
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new EditionDraft(edition, names, dates[0], dates[1], dates[2], dates[3], dates[4]));
    }

    private List<String> categoryNames(Errors errors) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (String line : categories.split("\n")) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_CATEGORY_LENGTH || !plainText(name)) {
                errors.rejectValue("categories", "awards.categories.invalid");
                return names;
            }
            if (seen.add(name.toLowerCase(Locale.ROOT))) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            errors.rejectValue("categories", "awards.categories.required");
        } else if (names.size() > MAX_CATEGORIES) {
            errors.rejectValue("categories", "awards.categories.size");
        }
        return names;
    }

    /** No markup and no control character: names show as text and in a post's Markdown. */
    static boolean plainText(String text) {
        return text.codePoints().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
