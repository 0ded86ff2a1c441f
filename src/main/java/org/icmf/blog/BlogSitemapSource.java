package org.icmf.blog;

import java.util.List;
import org.icmf.sitemap.spi.SitemapSource;
import org.springframework.stereotype.Component;

@Component
class BlogSitemapSource implements SitemapSource {

    private final BlogService blog;

    BlogSitemapSource(BlogService blog) {
        this.blog = blog;
    }

    @Override
    public List<Entry> sitemapEntries() {
        return blog.publicLinks().stream()
                .map(link -> new Entry(blog.url(link.slug(), link.publishedAt()), link.updatedAt()))
                .toList();
    }
}
