package org.icmf.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A label ("étiquette") grouping posts by theme: association, métier, événements… */
@Entity
@Table(name = "blog_label")
class Label {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    protected Label() {}

    Label(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getName() {
        return name;
    }
}
