package org.icmf.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.icmf.web.EmailAddress;
import org.icmf.web.EmailAddresses;

/** "Renvoyer le courriel": the address, SpamGuard's stamp and the honeypot {@code website}. */
record ResendForm(
        @NotBlank(message = "{registration.email.required}")
        @Size(max = EmailAddresses.MAX_LENGTH, message = "{registration.email.size}")
        @EmailAddress(message = "{registration.email.invalid}")
        String email,

        @Size(max = 100) String stamp,
        @Size(max = 200) String website) {

    static ResendForm blank() {
        return new ResendForm("", null, "");
    }

    String normalisedEmail() {
        return EmailAddresses.normalise(email);
    }
}
