package org.icmf.pages;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.icmf.web.Markdown;

/**
 * An editable page; like posts, its sanitised HTML is derived from the Markdown when saved. A page with a
 * navigation title appears in the main navigation, in {@code navOrder}. A trashed page is off the site.
 */
@Entity
@Table(name = "site_page")
class Page {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String navTitle;

    private Integer navOrder;

    private String description;

    private String bodyMarkdown;

    private String bodyHtml;

    /** An image of the body has no text alternative: the dashboard lists the page until it is fixed. */
    private boolean missingAltText;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant trashedAt;

    private String trashedByName;

    @Version
    private long version;

    protected Page() {}

    Page(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void write(
            String slug,
            String title,
            String navTitle,
            Integer navOrder,
            String description,
            String bodyMarkdown,
            Markdown.Rendering rendered,
            Instant now) {
        this.slug = slug;
        this.title = title;
        this.navTitle = navTitle;
        this.navOrder = navOrder;
        this.description = description;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = rendered.html();
        this.missingAltText = rendered.imageWithoutAltText();
        this.updatedAt = now;
    }

    void trash(String byName, Instant now) {
        this.trashedAt = now;
        this.trashedByName = byName;
    }

    void untrash() {
        this.trashedAt = null;
        this.trashedByName = null;
    }

    boolean isTrashed() {
        return trashedAt != null;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    String getNavTitle() {
        return navTitle;
    }

    Integer getNavOrder() {
        return navOrder;
    }

    String getDescription() {
        return description;
    }

    String getBodyMarkdown() {
        return bodyMarkdown;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getTrashedAt() {
        return trashedAt;
    }

    String getTrashedByName() {
        return trashedByName;
    }

    long getVersion() {
        return version;
    }
}
