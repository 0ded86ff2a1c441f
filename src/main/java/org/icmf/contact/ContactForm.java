package org.icmf.contact;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.icmf.web.EmailAddress;
import org.icmf.web.EmailAddresses;

/**
 * What a visitor types in the contact form. A name is letters, digits, spaces, apostrophes, dots and hyphens (no
 * markup, no punctuation of code); the organisation refuses {@code <} and {@code >}, as elsewhere on the site; the
 * message is free text (it is only ever shown escaped and mailed as plain text; the input edge has removed its
 * invisible control characters). {@code representative} is the region whose representative is written to: null when the form was not
 * opened for a representative, empty for the board. {@code stamp} is SpamGuard's signed time the form was shown,
 * {@code website} a honeypot hidden from people.
 */
record ContactForm(
        @NotBlank(message = "{contact.name.required}")
        @Size(max = 100, message = "{contact.name.size}")
        @Pattern(regexp = "[\\p{L}\\p{M}\\p{N} '’.\\-]*", message = "{contact.name.pattern}")
        String name,

        @NotBlank(message = "{contact.email.required}")
        @Size(max = EmailAddresses.MAX_LENGTH, message = "{contact.email.size}")
        @EmailAddress(message = "{contact.email.invalid}")
        String email,

        @Size(max = 200, message = "{contact.organisation.size}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{contact.organisation.pattern}")
        String organisation,

        @NotBlank(message = "{contact.topic.required}")
        @Size(max = 100, message = "{contact.topic.invalid}")
        @Pattern(
                regexp = "|MEMBERSHIP|PRESS|PARTNERSHIP|EVENTS|OTHER|REPRESENTATIVE",
                message = "{contact.topic.invalid}")
        String topic,

        @Size(max = 100, message = "{contact.representative.unknown}")
        String representative,

        @NotBlank(message = "{contact.message.required}") @Size(max = 5000, message = "{contact.message.size}")
        String message,

        @NotNull(message = "{contact.consent.required}") @AssertTrue(message = "{contact.consent.required}")
        Boolean consent,

        @Size(max = 100) String stamp,
        @Size(max = 200) String website) {

    /** A blank form to the board, or to a region's representative ({@code representative} non-null). */
    static ContactForm blank(String stamp, String representative) {
        return new ContactForm(
                "",
                "",
                "",
                representative == null ? "" : Topic.REPRESENTATIVE.name(),
                representative,
                "",
                null,
                stamp,
                "");
    }

    /** The same form with another stamp (a stale one is replaced when the form is shown again). */
    ContactForm withStamp(String newStamp) {
        return new ContactForm(name, email, organisation, topic, representative, message, consent, newStamp, website);
    }

    /** Whether the form offers to choose a representative (it was opened from the regions page, or says so). */
    boolean toRepresentativeMode() {
        return representative != null || Topic.REPRESENTATIVE.name().equals(topic);
    }

    boolean hasRepresentative() {
        return representative != null && !representative.isBlank();
    }

    Topic chosenTopic() {
        return Topic.valueOf(topic);
    }

    String normalisedEmail() {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    String normalisedName() {
        return name.strip().replaceAll("\\s+", " ");
    }

    String normalisedOrganisation() {
        return organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** The text as stored and mailed: line breaks as {@code \n}, no trailing blanks. */
    String normalisedMessage() {
        return message.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
