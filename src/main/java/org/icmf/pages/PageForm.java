package org.icmf.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.icmf.editing.ContentForm;
import org.icmf.web.Slug;

/**
 * What the board types when editing a page. {@code navTitle} puts the page in the main navigation (blank:
 * not in it), at position {@code navOrder}; {@code version} detects concurrent edits.
 */
public record PageForm(
        @NotBlank(message = "{page.title.required}") @Size(max = 200, message = "{page.title.size}")
        String title,

        @Slug String slug,

        @Size(max = 60, message = "{page.navTitle.size}")
        @Pattern(regexp = "[^<>]*", message = "{page.navTitle.pattern}")
        String navTitle,

        @Size(max = 100, message = "{page.navOrder.pattern}")
        @Pattern(regexp = "|\\d{1,3}", message = "{page.navOrder.pattern}")
        String navOrder,

        @Size(max = 300, message = "{page.description.size}")
        String description,

        @NotBlank(message = "{page.body.required}")
        @Size(max = ContentForm.MAX_BODY_LENGTH, message = "{page.body.size}")
        String body,
        // text, compared with the stored version: anything forged is a stale form, never a failed binding
        @Size(max = 19) String version)
        implements ContentForm {

    public static PageForm blank() {
        return new PageForm("", "", "", "", "", "", null);
    }

    /** A page's or a revision's content as the form shows it; {@code version} is null for a revision. */
    static PageForm of(String title, String slug, PageDetails details, String body, String version) {
        return new PageForm(
                title,
                slug,
                Objects.requireNonNullElse(details.navTitle(), ""),
                details.navOrder() == null ? "" : details.navOrder().toString(),
                Objects.requireNonNullElse(details.description(), ""),
                body,
                version);
    }

    /** The details typed, blanks as none. */
    PageDetails details() {
        return new PageDetails(
                blankToNull(navTitle),
                navOrder == null || navOrder.isBlank() ? null : Integer.valueOf(navOrder),
                blankToNull(description));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
