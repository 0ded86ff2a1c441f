package org.icmf.audit;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The journal's filters as typed in its URL; a value that does not fit is reported and ignored. */
record AuditFilterForm(
        @Size(max = 100, message = "{audit.filter.person.invalid}")
        @Pattern(regexp = "|\\d{1,18}", message = "{audit.filter.person.invalid}")
        String personne,

        @Size(max = 100, message = "{audit.filter.type.invalid}")
        @Pattern(regexp = "|[a-z-]{1,30}", message = "{audit.filter.type.invalid}")
        String type,

        @Size(max = 100, message = "{audit.filter.action.invalid}")
        @Pattern(regexp = "|[a-z-]{1,30}", message = "{audit.filter.action.invalid}")
        String action,

        @Size(max = 100, message = "{audit.filter.subject.invalid}")
        @Pattern(regexp = "|\\d{1,18}", message = "{audit.filter.subject.invalid}")
        String objet,

        @Size(max = 100, message = "{audit.filter.date.invalid}")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{audit.filter.date.invalid}")
        String du,

        @Size(max = 100, message = "{audit.filter.date.invalid}")
        @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "{audit.filter.date.invalid}")
        String au) {

    AuditLog.Filter toFilter() {
        return new AuditLog.Filter(number(personne), text(type), text(action), number(objet), date(du), date(au));
    }

    boolean isEmpty() {
        return text(personne) == null
                && text(type) == null
                && text(action) == null
                && text(objet) == null
                && text(du) == null
                && text(au) == null;
    }

    /** True when {@code value} is a date in the right shape but not a real day (2026-02-30). */
    static boolean impossibleDate(String value) {
        return text(value) != null && value.matches("\\d{4}-\\d{2}-\\d{2}") && date(value) == null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Long number(String value) {
        return text(value) == null || !value.matches("\\d{1,18}") ? null : Long.valueOf(value);
    }

    private static LocalDate date(String value) {
        if (text(value) == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
