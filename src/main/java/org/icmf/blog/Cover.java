package org.icmf.blog;

/** A post's cover image: an address of the media library, its text alternative and size (null for some SVGs). */
public record Cover(String url, String alt, Integer width, Integer height) {}
