package org.icmf.newsletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What the board types and ticks to compose an issue: a title, an introduction in Markdown, and the posts (by id)
 * and upcoming events (by slug) it presents, in the order of the lists they were picked from.
 */
record IssueForm(
        @NotBlank(message = "{newsletter.title.required}")
        @Size(max = 200, message = "{newsletter.title.size}")
        @Pattern(regexp = "[^<>\\p{Cntrl}]*", message = "{newsletter.title.pattern}")
        String title,

        @Size(max = 20000, message = "{newsletter.introduction.size}")
        String introduction,

        @Size(max = 50, message = "{newsletter.items.size}") List<@Size(max = 20) String> posts,
        @Size(max = 50, message = "{newsletter.items.size}") List<@Size(max = 200) String> events) {

    static IssueForm blank() {
        return new IssueForm("", "", List.of(), List.of());
    }

    public List<String> pickedPosts() {
        return posts == null ? List.of() : posts;
    }

    public List<String> pickedEvents() {
        return events == null ? List.of() : events;
    }

    String introductionText() {
        return introduction == null ? "" : introduction.replace("\r\n", "\n").strip();
    }
}
