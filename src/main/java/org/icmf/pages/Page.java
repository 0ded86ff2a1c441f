package org.icmf.pages;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An editable page; like posts, its sanitised HTML is derived from the Markdown when saved. */
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

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Page() {
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

    String getBodyHtml() {
        return bodyHtml;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
