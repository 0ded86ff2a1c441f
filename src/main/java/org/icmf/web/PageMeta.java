package org.icmf.web;

import static org.icmf.web.Messages.message;
import static org.icmf.web.Messages.verbatim;

import org.springframework.context.MessageSourceResolvable;

/**
 * What the layout puts in {@code <head>} for one page: title, description, canonical path, Open Graph type
 * and image (the site's logo when null). Controllers add it to the model as {@code meta}, built by name:
 * {@code PageMeta.titled("meta.contact.title").describedAs("meta.contact.description").at("/contact")}. Title and
 * description are message keys resolved by the layout, or, for what a person wrote (a post, a page, an event),
 * that text as typed ({@link #content}). See {@link Messages}.
 */
public record PageMeta(
        MessageSourceResolvable title,
        MessageSourceResolvable description,
        String canonicalPath,
        String ogType,
        String imagePath) {

    /** A page whose title is a message key; arguments fill its {0}, {1}… and may be resolvables themselves. */
    public static PageMeta titled(String key, Object... arguments) {
        return titled(message(key, arguments));
    }

    public static PageMeta titled(MessageSourceResolvable title) {
        return new PageMeta(title, null, null, "website", null);
    }

    /** A page whose {@code <title>} is the site's name alone: the home page. */
    public static PageMeta untitled() {
        return new PageMeta(null, null, null, "website", null);
    }

    /** A page showing what a person wrote: its title and description (may be null) as typed. */
    public static PageMeta content(String title, String description) {
        return new PageMeta(verbatim(title), description == null ? null : verbatim(description), null, "website", null);
    }

    public PageMeta describedAs(String key, Object... arguments) {
        return new PageMeta(title, message(key, arguments), canonicalPath, ogType, imagePath);
    }

    /** The page's canonical path, which also turns on the Open Graph tags. */
    public PageMeta at(String path) {
        return new PageMeta(title, description, path, ogType, imagePath);
    }

    public PageMeta asArticle() {
        return new PageMeta(title, description, canonicalPath, "article", imagePath);
    }

    public PageMeta withImage(String path) {
        return new PageMeta(title, description, canonicalPath, ogType, path);
    }
}
