package org.icmf.contact;

import java.util.List;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.stereotype.Component;

/** The contact form is a public page of its own. */
@Component
class ContactSitemapSource implements SitemapSource {

    private static final List<Entry> ENTRIES = List.of(new Entry("/contact", null));

    @Override
    public SitemapExtent sitemapExtent() {
        return new SitemapExtent(ENTRIES.size(), null);
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        int from = Math.min(offset, ENTRIES.size());
        return ENTRIES.subList(from, from + Math.min(limit, ENTRIES.size() - from));
    }
}
