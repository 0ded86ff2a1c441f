package org.icmf.awards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The board puts a nominee of a category on the shortlist, by the name the nominations gave. */
record ShortlistForm(
        @NotBlank(message = "{awards.category.invalid}")
        @Size(max = 18, message = "{awards.category.invalid}")
        @Pattern(regexp = "[0-9]*", message = "{awards.category.invalid}")
        String category,

        @NotBlank(message = "{awards.nominee.required}")
        @Size(max = 120, message = "{awards.nominee.size}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{awards.nominee.pattern}")
        String nominee) {}
