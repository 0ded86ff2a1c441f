package org.icmf.editing;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.icmf.web.Markdown;

/**
 * The columns every edited content has (posts, pages): its address, title and Markdown with the sanitised HTML
 * derived from it when saved, its trash state and the version that detects concurrent saves.
 */
@MappedSuperclass
public abstract class EditableContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    private String bodyMarkdown;

    private String bodyHtml;

    /** An image of the body has no text alternative: the dashboard lists the item until it is fixed. */
    private boolean missingAltText;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant trashedAt;

    private String trashedByName;

    @Version
    private long version;

    protected EditableContent() {}

    protected EditableContent(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Replaces the shared content; the derived HTML comes from the caller's rendering. */
    protected void write(String slug, String title, String bodyMarkdown, Markdown.Rendering rendered, Instant now) {
        this.slug = slug;
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.bodyHtml = rendered.html();
        this.missingAltText = rendered.imageWithoutAltText();
        this.updatedAt = now;
    }

    /** Puts the item in the trash: it is off the site at once, and can be put back as it was. */
    public void trash(String byName, Instant now) {
        this.trashedAt = now;
        this.trashedByName = byName;
    }

    public void untrash() {
        this.trashedAt = null;
        this.trashedByName = null;
    }

    public boolean isTrashed() {
        return trashedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getTrashedAt() {
        return trashedAt;
    }

    public String getTrashedByName() {
        return trashedByName;
    }

    public long getVersion() {
        return version;
    }
}
