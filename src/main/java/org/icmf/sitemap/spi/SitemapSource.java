package org.icmf.sitemap.spi;

import java.time.Instant;
import java.util.List;

/**
 * A feature that has public pages to list in {@code /sitemap.xml}. The sitemap asks for its extent, then for the slice
 * each file holds: a source never loads all its entries for one file.
 */
public interface SitemapSource {

    /** How many entries there are, and when the newest of them changed. */
    SitemapExtent sitemapExtent();

    /** The entries from {@code offset}, at most {@code limit} of them, always in the same order (on an index). */
    List<Entry> sitemapEntries(int offset, int limit);

    /** @param path site path, e.g. {@code /charte}; @param lastModified may be null */
    record Entry(String path, Instant lastModified) {}
}
