package org.icmf.awards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's nomination: the category (its id, as text so that a forged value is a French message, not a binding
 * failure), the person nominated and why, in plain text (shown to the board only, escaped).
 */
record NominationForm(
        @NotBlank(message = "{awards.category.invalid}")
        @Size(max = 18, message = "{awards.category.invalid}")
        @Pattern(regexp = "[0-9]*", message = "{awards.category.invalid}")
        String category,

        @NotBlank(message = "{awards.nominee.required}")
        @Size(max = 120, message = "{awards.nominee.size}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{awards.nominee.pattern}")
        String nominee,

        @NotBlank(message = "{awards.justification.required}")
        @Size(max = 2000, message = "{awards.justification.size}")
        String justification) {

    static NominationForm blank() {
        return new NominationForm("", "", "");
    }

    long categoryId() {
        return Long.parseLong(category);
    }

    /** The name as stored and counted: spaces collapsed, so that two spellings of one name are one nominee. */
    String nomineeName() {
        return String.join(" ", nominee.strip().split("\\s+"));
    }

    String justificationText() {
        return justification.replace("\r\n", "\n").strip();
    }
}
