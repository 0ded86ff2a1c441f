package org.icmf.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing the text alternative of an image already in the library. */
public record AltTextForm(
        @NotBlank(message = "{media.altText.required}") @Size(max = 250, message = "{media.altText.size}")
        String altText) {}
