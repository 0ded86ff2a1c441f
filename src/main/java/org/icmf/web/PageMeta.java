package org.icmf.web;

/**
 * What the layout puts in {@code <head>} for one page: title, description, canonical path, Open Graph type
 * and image (the site's logo when null). Controllers add it to the model as {@code meta}.
 */
public record PageMeta(String title, String description, String canonicalPath, String ogType, String imagePath) {

    public static PageMeta of(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, canonicalPath, "website", null);
    }

    public PageMeta asArticle() {
        return new PageMeta(title, description, canonicalPath, "article", imagePath);
    }

    public PageMeta withImage(String path) {
        return new PageMeta(title, description, canonicalPath, ogType, path);
    }
}
