package org.icmf.blog;

import java.time.Instant;

/** A post's editable fields as saved, by the post itself or by one of its revisions: what the form shows. */
interface PostFields {

    String getTitle();

    String getSlug();

    String getBodyMarkdown();

    Attribution getAttribution();

    /** The cover image's address, or null. */
    String getCoverImageUrl();

    /** The labels' names in alphabetical order, comma-separated. */
    String getLabelList();

    PostStatus getStatus();

    Instant getPublishedAt();
}
