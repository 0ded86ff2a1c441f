package org.icmf.sitemap.spi;

import java.time.Instant;

/**
 * What a {@link SitemapSource} lists: a JPQL constructor expression gives it in one query.
 *
 * @param size         the number of entries
 * @param lastModified when the last changed entry changed, null if none says
 */
public record SitemapExtent(long size, Instant lastModified) {}
