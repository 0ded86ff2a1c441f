package org.icmf.pages;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.icmf.editing.EditableContent;
import org.icmf.web.Markdown;

/**
 * An editable page; like posts, its sanitised HTML is derived from the Markdown when saved. A page with a
 * navigation title appears in the main navigation, in {@code navOrder}. A trashed page is off the site.
 */
@Entity
@Table(name = "site_page")
class Page extends EditableContent {

    @Embedded
    private PageDetails details;

    protected Page() {}

    Page(Instant createdAt) {
        super(createdAt);
    }

    void write(
            String slug,
            String title,
            PageDetails details,
            String bodyMarkdown,
            Markdown.Rendering rendered,
            Instant now) {
        write(slug, title, bodyMarkdown, rendered, now);
        this.details = details;
    }

    PageDetails getDetails() {
        return PageDetails.orNone(details);
    }
}
