package org.icmf.blog;

import java.time.Instant;

/** Just enough of a post to link to it (previous/next, feeds, sitemap). */
record PostLink(String slug, String title, Instant publishedAt, Instant updatedAt) {

    PostLink(String slug, String title, Instant publishedAt) {
        this(slug, title, publishedAt, null);
    }
}
