package org.icmf.jobs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.icmf.regions.Region;
import org.icmf.web.EmailAddress;
import org.icmf.web.EmailAddresses;
import org.springframework.validation.Errors;

/**
 * An offer as typed: by a recruiter at {@code /emplois/proposer} (with their address, consent, the spam guard's
 * {@code stamp} and {@code website} honeypot), by a member in their space, or by the board editing it (those three
 * fields then unused). Salaries and the deadline are typed as text, so that "abc" gets a French message next to the
 * field and stays shown as typed; {@link #read} checks what the annotations cannot.
 */
record OfferForm(
        @NotBlank(message = "{jobs.title.required}")
        @Size(max = 150, message = "{jobs.title.size}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{jobs.text.pattern}")
        String title,

        @NotBlank(message = "{jobs.organisation.required}")
        @Size(max = 150, message = "{jobs.organisation.size}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{jobs.text.pattern}")
        String organisation,

        @NotBlank(message = "{jobs.kind.required}")
        @Size(max = 20, message = "{jobs.kind.invalid}")
        @Pattern(regexp = "|CDI|CDD|ALTERNANCE|STAGE|FREELANCE", message = "{jobs.kind.invalid}")
        String kind,

        @Size(max = 40, message = "{jobs.region.invalid}") String region,
        Boolean remote,

        @NotBlank(message = "{jobs.description.required}") @Size(max = 10000, message = "{jobs.description.size}")
        String description,

        @Size(max = 9, message = "{jobs.salary.invalid}") String salaryMin,
        @Size(max = 9, message = "{jobs.salary.invalid}") String salaryMax,

        @NotBlank(message = "{jobs.deadline.required}") @Size(max = 10, message = "{jobs.deadline.invalid}")
        String deadline,

        @NotBlank(message = "{jobs.applyTo.required}") @Size(max = 300, message = "{jobs.applyTo.size}")
        String applyTo,

        @Size(max = EmailAddresses.MAX_LENGTH, message = "{jobs.email.invalid}")
        @EmailAddress(message = "{jobs.email.invalid}")
        String email,

        Boolean consent,
        @Size(max = 100) String stamp,
        @Size(max = 200) String website) {

    /** The highest yearly salary in euros an offer may state. */
    static final int MAXIMUM_SALARY = 1_000_000;

    static OfferForm blank(String stamp) {
        return new OfferForm("", "", "", "", false, "", "", "", "", "", "", null, stamp, "");
    }

    /** The offer's fields as they were stored, for the board to edit. */
    static OfferForm of(OfferDraft offer) {
        return new OfferForm(
                offer.title(),
                offer.organisation(),
                offer.kind().name(),
                offer.region() == null ? "" : offer.region().name(),
                offer.remote(),
                offer.description(),
                offer.salaryMin() == null ? "" : offer.salaryMin().toString(),
                offer.salaryMax() == null ? "" : offer.salaryMax().toString(),
                offer.deadline().toString(),
                offer.applyTo(),
                "",
                null,
                null,
                "");
    }

    /** What an offer holds once checked: its texts stripped, its numbers and dates read. */
    record OfferDraft(
            String title,
            String organisation,
            OfferKind kind,
            Region region,
            boolean remote,
            String description,
            Integer salaryMin,
            Integer salaryMax,
            LocalDate deadline,
            String applyTo) {

        /** How readers apply: a web address, or an e-mail address (then linked with {@code mailto:}). */
        public String applyHref() {
            return applyTo.contains("@") && !applyTo.contains("/") ? "mailto:" + applyTo : applyTo;
        }
    }

    /**
     * Checks what the annotations cannot — a region of the list or remote work, whole salaries in order, a deadline
     * between today and {@code latest}, a web or e-mail address to apply — putting each mistake next to its field;
     * the offer when there is none.
     */
    Optional<OfferDraft> read(Errors errors, LocalDate today, LocalDate latest) {
        boolean isRemote = Boolean.TRUE.equals(remote);
        Region chosenRegion = null;
        if (!errors.hasFieldErrors("region")) {
            String typed = region == null ? "" : region.strip();
            if (typed.isEmpty()) {
                if (!isRemote) {
                    errors.rejectValue("region", "jobs.region.required");
                }
            } else {
                chosenRegion = Arrays.stream(Region.values())
                        .filter(known -> known.name().equals(typed))
                        .findFirst()
                        .orElse(null);
                if (chosenRegion == null) {
                    errors.rejectValue("region", "jobs.region.invalid");
                }
            }
        }
        Integer min = salary("salaryMin", salaryMin, errors);
        Integer max = salary("salaryMax", salaryMax, errors);
        if (min != null && max != null && min > max) {
            errors.rejectValue("salaryMax", "jobs.salary.order");
        }
        LocalDate until = null;
        if (!errors.hasFieldErrors("deadline")) {
            try {
                until = LocalDate.parse(deadline.strip());
                if (until.isBefore(today)) {
                    errors.rejectValue("deadline", "jobs.deadline.past");
                } else if (until.isAfter(latest)) {
                    errors.rejectValue("deadline", "jobs.deadline.tooFar");
                }
            } catch (DateTimeParseException e) {
                errors.rejectValue("deadline", "jobs.deadline.invalid");
            }
        }
        String apply = applyTo == null ? "" : applyTo.strip();
        if (!errors.hasFieldErrors("applyTo") && !EmailAddresses.isValid(apply) && !webAddress(apply)) {
            errors.rejectValue("applyTo", "jobs.applyTo.invalid");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new OfferDraft(
                title.strip(),
                organisation.strip(),
                OfferKind.valueOf(kind),
                chosenRegion,
                isRemote,
                description.replace("\r\n", "\n").strip(),
                min,
                max,
                until,
                EmailAddresses.isValid(apply) ? EmailAddresses.normalise(apply) : apply));
    }

    /** The poster's address, stripped and in lower case. */
    String normalisedEmail() {
        return EmailAddresses.normalise(email);
    }

    /** A yearly salary in whole euros, spaces allowed ("35 000"); null when left blank. */
    private static Integer salary(String field, String typed, Errors errors) {
        if (errors.hasFieldErrors(field) || typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.rejectValue(field, "jobs.salary.invalid");
            return null;
        }
        int value = Integer.parseInt(digits);
        if (value > MAXIMUM_SALARY) {
            errors.rejectValue(field, "jobs.salary.tooHigh");
            return null;
        }
        return value;
    }

    /** An http or https address with a host and no user part. */
    private static boolean webAddress(String link) {
        if (link.isEmpty() || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
