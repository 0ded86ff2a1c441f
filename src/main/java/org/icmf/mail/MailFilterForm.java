package org.icmf.mail;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.validation.BindingResult;

/** The filters of {@code /admin/courriels} as typed in its URL; a value that does not fit is reported and ignored. */
record MailFilterForm(
        @Size(max = 100, message = "{mail.filter.status.invalid}")
        @Pattern(regexp = "|pending|sending|sent|kept|failed", message = "{mail.filter.status.invalid}")
        String statut,

        @Size(max = 320, message = "{mail.filter.recipient.size}")
        String destinataire) {

    /** The filter to apply, without the fields {@code errors} reports. */
    MailArchive.Filter toFilter(BindingResult errors) {
        MailStatus status = errors.hasFieldErrors("statut") || text(statut) == null
                ? null
                : MailStatus.valueOf(statut.toUpperCase(Locale.ROOT));
        return new MailArchive.Filter(status, errors.hasFieldErrors("destinataire") ? null : text(destinataire));
    }

    boolean isEmpty() {
        return text(statut) == null && text(destinataire) == null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
