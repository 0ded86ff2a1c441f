package org.icmf.sitemap.spi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * A list page's entry followed by its items' as one sequence (the list is entry 0, item {@code i} entry
     * {@code i + 1}), so that each file of the sitemap asks the items for its own slice only.
     */
    static List<Entry> listThenItems(String listPath, int offset, int limit, Items items) {
        List<Entry> entries = new ArrayList<>();
        if (offset == 0 && limit > 0) {
            entries.add(new Entry(listPath, null));
        }
        entries.addAll(items.slice(Math.max(0, offset - 1), limit - entries.size()));
        return entries;
    }

    /** Items from {@code offset}, at most {@code limit} of them, always in the same order (on an index). */
    @FunctionalInterface
    interface Items {
        List<Entry> slice(int offset, int limit);
    }

    /** @param path site path, e.g. {@code /charte}; @param lastModified may be null */
    record Entry(String path, Instant lastModified) {

        /** An entry changed at a database time, which may be null. */
        public static Entry of(String path, Timestamp lastModified) {
            return new Entry(path, lastModified == null ? null : lastModified.toInstant());
        }
    }
}
