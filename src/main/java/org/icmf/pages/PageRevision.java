package org.icmf.pages;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.icmf.web.Actor;

/** A saved state of a page: its editable fields as they were after one save, with who saved and when. */
@Entity
@Table(name = "site_page_revision")
class PageRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long pageId;

    private String title;

    private String slug;

    private String navTitle;

    private Integer navOrder;

    private String description;

    private String bodyMarkdown;

    private Long savedByAccountId;

    private String savedByName;

    private Instant savedAt;

    protected PageRevision() {}

    PageRevision(Page page, Actor editor) {
        this.pageId = page.getId();
        this.title = page.getTitle();
        this.slug = page.getSlug();
        this.navTitle = page.getNavTitle();
        this.navOrder = page.getNavOrder();
        this.description = page.getDescription();
        this.bodyMarkdown = page.getBodyMarkdown();
        this.savedByAccountId = editor.accountId();
        this.savedByName = editor.name();
        this.savedAt = page.getUpdatedAt();
    }

    Long getId() {
        return id;
    }

    Long getPageId() {
        return pageId;
    }

    String getTitle() {
        return title;
    }

    String getSlug() {
        return slug;
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

    String getSavedByName() {
        return savedByName;
    }

    Instant getSavedAt() {
        return savedAt;
    }
}
