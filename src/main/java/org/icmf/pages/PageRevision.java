package org.icmf.pages;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.icmf.editing.Revision;
import org.icmf.web.Actor;

/** A saved state of a page: its editable fields as they were after one save, with who saved and when. */
@Entity
@Table(name = "site_page_revision")
@AttributeOverride(name = "contentId", column = @Column(name = "page_id"))
class PageRevision extends Revision {

    @Embedded
    private PageDetails details;

    protected PageRevision() {}

    PageRevision(Page page, Actor editor) {
        super(page, editor);
        this.details = page.getDetails();
    }

    PageDetails getDetails() {
        return PageDetails.orNone(details);
    }
}
