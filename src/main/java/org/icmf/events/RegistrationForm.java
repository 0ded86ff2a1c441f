package org.icmf.events;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.icmf.web.EmailAddress;
import org.icmf.web.EmailAddresses;

/**
 * What a visitor types to register (the board's form uses it too). {@code companions} is text so that a wrong value
 * is reported next to its field; {@code stamp} is SpamGuard's signed time the form was shown; {@code website} is a
 * honeypot, hidden from people, that only robots fill in.
 */
public record RegistrationForm(
        @NotBlank(message = "{registration.firstName.required}")
        @Size(max = 100, message = "{registration.name.size}")
        @Pattern(regexp = "[^<>]*", message = "{registration.name.pattern}")
        String firstName,

        @NotBlank(message = "{registration.lastName.required}")
        @Size(max = 100, message = "{registration.name.size}")
        @Pattern(regexp = "[^<>]*", message = "{registration.name.pattern}")
        String lastName,

        @NotBlank(message = "{registration.email.required}")
        @Size(max = EmailAddresses.MAX_LENGTH, message = "{registration.email.size}")
        @EmailAddress(message = "{registration.email.invalid}")
        String email,

        @Size(max = 200, message = "{registration.organisation.size}")
        String organisation,

        @NotNull(message = "{registration.companions.pattern}")
        @Size(max = 100, message = "{registration.companions.pattern}")
        @Pattern(regexp = "\\d{1,2}", message = "{registration.companions.pattern}")
        String companions,

        @NotNull(message = "{registration.consent.required}") @AssertTrue(message = "{registration.consent.required}")
        Boolean consent,

        @Size(max = 100) String stamp,
        @Size(max = 200) String website) {

    public static RegistrationForm blank() {
        return new RegistrationForm("", "", "", "", "0", null, null, "");
    }

    /** The companions announced; call once the field is valid (a missing field counts as none). */
    public int companionCount() {
        return companions == null ? 0 : Integer.parseInt(companions);
    }

    /** The registrant as stored: names trimmed, e-mail in lower case, an empty organisation as none. */
    public Registrant registrant() {
        return new Registrant(
                firstName.strip(),
                lastName.strip(),
                normalisedEmail(),
                organisation == null || organisation.isBlank() ? null : organisation.strip(),
                companionCount());
    }

    public String normalisedEmail() {
        return EmailAddresses.normalise(email);
    }
}
