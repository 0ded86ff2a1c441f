package org.icmf.sitemap.spi;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * What a {@link SitemapSource} lists: a JPQL constructor expression gives it in one query.
 *
 * @param size         the number of entries
 * @param lastModified when the last changed entry changed, null if none says
 */
public record SitemapExtent(long size, Instant lastModified) {

    /** An extent read with SQL, its newest change a database time that may be null. */
    public static SitemapExtent of(long size, Timestamp lastModified) {
        return new SitemapExtent(size, lastModified == null ? null : lastModified.toInstant());
    }
}
