package org.icmf.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the board types when editing a page. {@code navTitle} puts the page in the main navigation (blank:
 * not in it), at position {@code navOrder}; {@code version} detects concurrent edits.
 */
public record PageForm(
        @NotBlank(message = "{page.title.required}") @Size(max = 200, message = "{page.title.size}")
        String title,

        @Size(max = 80, message = "{page.slug.size}")
        @Pattern(regexp = "|[a-z0-9]+(-[a-z0-9]+)*", message = "{page.slug.pattern}")
        String slug,

        @Size(max = 60, message = "{page.navTitle.size}")
        @Pattern(regexp = "[^<>]*", message = "{page.navTitle.pattern}")
        String navTitle,

        @Size(max = 100, message = "{page.navOrder.pattern}")
        @Pattern(regexp = "|\\d{1,3}", message = "{page.navOrder.pattern}")
        String navOrder,

        @Size(max = 300, message = "{page.description.size}")
        String description,

        @NotBlank(message = "{page.body.required}") @Size(max = 100_000, message = "{page.body.size}")
        String body,
        // text, compared with the stored version: anything forged is a stale form, never a failed binding
        @Size(max = 19) String version) {

    public static PageForm blank() {
        return new PageForm("", "", "", "", "", "", null);
    }

    Integer navOrderNumber() {
        return navOrder == null || navOrder.isBlank() ? null : Integer.valueOf(navOrder);
    }
}
