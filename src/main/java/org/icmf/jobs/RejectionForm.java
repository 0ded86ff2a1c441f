package org.icmf.jobs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The board's reason for rejecting an offer, mailed to its poster as written. */
record RejectionForm(
        @NotBlank(message = "{jobs.reason.required}") @Size(max = 1000, message = "{jobs.reason.size}")
        String reason) {

    String text() {
        return reason.replace("\r\n", "\n").strip();
    }
}
