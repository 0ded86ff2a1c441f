package org.icmf.tips;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a member sends to share a tip, or what the board corrects: a title on one line, a label of the list (its id,
 * checked against the list by {@link Tips}), the text in Markdown. {@code stamp} and {@code website} are the spam
 * guard's signed time and honeypot (members' form only).
 */
record TipForm(
        @NotBlank(message = "{tips.title.required}")
        @Size(max = TipForm.TITLE_LENGTH, message = "{tips.title.size}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{tips.title.pattern}")
        String title,

        @NotBlank(message = "{tips.label.required}") @Size(max = 19, message = "{tips.label.unknown}")
        String label,

        @NotBlank(message = "{tips.body.required}") @Size(max = TipForm.BODY_LENGTH, message = "{tips.body.size}")
        String body,

        @Size(max = 100) String stamp,
        @Size(max = 200) String website) {

    static final int TITLE_LENGTH = 120;
    static final int BODY_LENGTH = 4000;

    static TipForm blank() {
        return new TipForm("", "", "", null, null);
    }

    /** The label's id, or -1 when the value is not one (a forged form). */
    long labelId() {
        String value = label == null ? "" : label.strip();
        return value.matches("\\d{1,18}") ? Long.parseLong(value) : -1;
    }

    String normalisedTitle() {
        return title.strip();
    }

    String normalisedBody() {
        return body.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
