package org.icmf.sitemap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param urlsPerFile past this many addresses, {@code /sitemap.xml} becomes an index of numbered files holding this
 *                    many each (the protocol allows 50,000 and 50 MB a file)
 */
@ConfigurationProperties("icmf.sitemap")
record SitemapProperties(@DefaultValue("10000") int urlsPerFile) {

    SitemapProperties {
        if (urlsPerFile < 1 || urlsPerFile > 50_000) {
            throw new IllegalArgumentException("icmf.sitemap.urls-per-file must be between 1 and 50000");
        }
    }
}
