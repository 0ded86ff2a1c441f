package org.icmf.web;

/**
 * What the layout puts in {@code <head>} for one page: title, description, canonical path and Open Graph
 * type. Controllers add it to the model as {@code meta}.
 */
public record PageMeta(String title, String description, String canonicalPath, String ogType) {

    public static PageMeta of(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, canonicalPath, "website");
    }

    public PageMeta asArticle() {
        return new PageMeta(title, description, canonicalPath, "article");
    }
}
