package org.icmf.membership.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icmf.regions.Region;
import org.icmf.web.EmailAddress;
import org.icmf.web.EmailAddresses;

/**
 * The adhesion form as typed. Numbers, amounts and choices are text, checked here and in
 * {@link ApplicationChecks}, so that each mistake is reported next to its field and nothing typed is lost.
 * {@code website} is a honeypot only robots fill in; {@code stamp} is the spam guard's signed time the form was shown.
 */
public record ApplicationForm(
        @Size(max = 30, message = "{membership.size}")
        @Pattern(regexp = "|MME|M|AUTRE", message = "{membership.civility.pattern}")
        String civility,

        @NotBlank(message = "{membership.firstName.required}")
        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String firstName,

        @NotBlank(message = "{membership.lastName.required}")
        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String lastName,

        @NotBlank(message = "{membership.email.required}")
        @Size(max = EmailAddresses.MAX_LENGTH, message = "{membership.size}")
        @EmailAddress(message = "{membership.email.invalid}")
        String email,

        @Size(max = 30, message = "{membership.size}") String phone,

        @NotBlank(message = "{membership.street.required}")
        @Size(max = 200, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String streetAddress,

        @NotBlank(message = "{membership.postalCode.required}")
        @Size(max = 20, message = "{membership.size}")
        @Pattern(regexp = "[A-Za-z0-9 -]*", message = "{membership.postalCode.pattern}")
        String postalCode,

        @NotBlank(message = "{membership.city.required}")
        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String city,

        @NotBlank(message = "{membership.country.required}")
        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String country,

        @NotBlank(message = "{membership.region.required}") @Size(max = 30, message = "{membership.size}")
        String region,

        @Size(max = 200, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String organisation,

        @Size(max = 100, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String sector,

        @Size(max = 150, message = "{membership.size}")
        @Pattern(regexp = "[^<>]*", message = "{membership.text.pattern}")
        String jobTitle,

        @Size(max = 100, message = "{membership.years.pattern}")
        @Pattern(regexp = "|\\d{1,2}", message = "{membership.years.pattern}")
        String yearsOfPractice,

        @Size(max = 200, message = "{membership.size}") String heardFrom,
        @Size(max = 2000, message = "{membership.size}") String motivation,
        Boolean volunteerRegional,
        List<@Size(max = 100, message = "{membership.roles.unknown}") String> volunteerRoles,

        @NotBlank(message = "{membership.fee.required}")
        @Size(max = 100, message = "{membership.fee.pattern}")
        // possessive quantifiers over disjoint classes: each character is read once, whatever is typed
        @Pattern(
                regexp = "\\s*+\\d{1,5}+(?:[.,]\\d{1,2}+)?+\\s*+(?:€|euros?+)?+\\s*+",
                message = "{membership.fee.pattern}")
        String feeAmount,

        @NotNull(message = "{membership.consentStatutes.required}")
        @AssertTrue(message = "{membership.consentStatutes.required}")
        Boolean consentStatutes,

        @NotNull(message = "{membership.consentData.required}")
        @AssertTrue(message = "{membership.consentData.required}")
        Boolean consentData,

        Boolean directoryOptIn,
        @Size(max = 200) String website,
        @Size(max = 100) String stamp) {

    public static ApplicationForm blank(String stamp) {
        return new ApplicationForm(
                "", "", "", "", "", "", "", "", "France", "", "", "", "", "", "", "", null, List.of(), "", null, null,
                null, "", stamp);
    }

    /** The amount typed, "25", "25,50" or "30 €", in euros. */
    BigDecimal fee() {
        String digits = feeAmount.strip().replaceAll("\\s*(€|euros?)$", "").replace(',', '.');
        return new BigDecimal(digits);
    }

    Region regionValue() {
        return Region.valueOf(region);
    }

    boolean knownRegion() {
        return region != null
                && EnumSet.allOf(Region.class).stream()
                        .anyMatch(known -> known.name().equals(region));
    }

    Set<VolunteerRole> roles() {
        Set<VolunteerRole> roles = EnumSet.noneOf(VolunteerRole.class);
        if (volunteerRoles != null) {
            for (String role : volunteerRoles) {
                roles.add(VolunteerRole.valueOf(role));
            }
        }
        return roles;
    }

    boolean knownRoles() {
        return volunteerRoles == null
                || volunteerRoles.stream()
                        .allMatch(role -> EnumSet.allOf(VolunteerRole.class).stream()
                                .anyMatch(known -> known.name().equals(role)));
    }

    String normalisedEmail() {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    Applicant applicant(String internationalPhone) {
        return new Applicant(
                blankToNull(civility),
                firstName.strip(),
                lastName.strip(),
                normalisedEmail(),
                internationalPhone,
                streetAddress.strip(),
                postalCode.strip(),
                city.strip(),
                country.strip(),
                regionValue(),
                blankToNull(organisation),
                blankToNull(sector),
                blankToNull(jobTitle),
                yearsOfPractice == null || yearsOfPractice.isBlank() ? null : Integer.valueOf(yearsOfPractice),
                blankToNull(heardFrom),
                blankToNull(motivation),
                Boolean.TRUE.equals(volunteerRegional),
                roles(),
                fee(),
                Boolean.TRUE.equals(directoryOptIn));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
