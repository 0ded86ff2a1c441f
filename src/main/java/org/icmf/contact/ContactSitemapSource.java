package org.icmf.contact;

import java.util.List;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.stereotype.Component;

/** The contact form is a public page of its own. */
@Component
class ContactSitemapSource implements SitemapSource {

    @Override
    public List<Entry> sitemapEntries() {
        return List.of(new Entry("/contact", null));
    }
}
