package org.icmf.editing;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.icmf.web.Actor;

/**
 * A saved state of an item, with who saved it and when. {@code contentId} is the item's id: each entity maps it
 * to its own column ({@code @AttributeOverride}).
 */
@MappedSuperclass
public abstract class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long contentId;

    private String title;

    private String slug;

    private String bodyMarkdown;

    private Long savedByAccountId;

    private String savedByName;

    private Instant savedAt;

    /** Saved in the background while the author types ({@link ContentEditor#autosave}), not by the save button. */
    private boolean automatic;

    protected Revision() {}

    /** The item as just saved. */
    protected Revision(EditableContent content, Actor editor) {
        this.contentId = content.getId();
        this.title = content.getTitle();
        this.slug = content.getSlug();
        this.bodyMarkdown = content.getBodyMarkdown();
        this.savedByAccountId = editor.accountId();
        this.savedByName = editor.name();
        this.savedAt = content.getUpdatedAt();
    }

    /** Makes this the author's automatic revision holding the title and text being written. */
    void keepDraft(String title, String bodyMarkdown, Instant now) {
        this.title = title;
        this.bodyMarkdown = bodyMarkdown;
        this.savedAt = now;
        this.automatic = true;
    }

    public Long getId() {
        return id;
    }

    public long getContentId() {
        return contentId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getSavedByName() {
        return savedByName;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
