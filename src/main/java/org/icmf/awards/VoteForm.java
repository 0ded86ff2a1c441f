package org.icmf.awards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member's vote in one category: the category and the finalist chosen, by id, as text (see NominationForm). */
record VoteForm(
        @NotBlank(message = "{awards.category.invalid}")
        @Size(max = 18, message = "{awards.category.invalid}")
        @Pattern(regexp = "[0-9]*", message = "{awards.category.invalid}")
        String category,

        @NotBlank(message = "{awards.finalist.required}")
        @Size(max = 18, message = "{awards.finalist.required}")
        @Pattern(regexp = "[0-9]*", message = "{awards.finalist.required}")
        String finalist) {}
