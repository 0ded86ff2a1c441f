package org.icmf.sitemap.spi;

import java.time.Instant;
import java.util.List;

/** A feature that has public pages to list in {@code /sitemap.xml}. */
public interface SitemapSource {

    List<Entry> sitemapEntries();

    /** @param path site path, e.g. {@code /charte}; @param lastModified may be null */
    record Entry(String path, Instant lastModified) {}
}
