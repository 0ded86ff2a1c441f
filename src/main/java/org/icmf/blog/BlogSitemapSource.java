package org.icmf.blog;

import java.util.List;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.stereotype.Component;

@Component
class BlogSitemapSource implements SitemapSource {

    private final BlogService blog;

    BlogSitemapSource(BlogService blog) {
        this.blog = blog;
    }

    @Override
    public SitemapExtent sitemapExtent() {
        return blog.publicExtent();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        return blog.publicLinks(offset, limit).stream()
                .map(link -> new Entry(blog.url(link.slug(), link.publishedAt()), link.updatedAt()))
                .toList();
    }
}
