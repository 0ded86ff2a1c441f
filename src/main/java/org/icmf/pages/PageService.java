package org.icmf.pages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.icmf.web.SitemapSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Page lookup by slug, for the public site and other modules. */
@Service
@Transactional(readOnly = true)
public class PageService implements SitemapSource {

    private final PageRepository pages;

    PageService(PageRepository pages) {
        this.pages = pages;
    }

    public Optional<PageView> findBySlug(String slug) {
        return pages.findBySlug(slug).map(page -> new PageView(page.getSlug(), page.getTitle(), page.getDescription(),
                page.getBodyHtml(), page.getUpdatedAt()));
    }

    @Override
    public List<Entry> sitemapEntries() {
        return pages.findAllByOrderBySlug().stream()
                .map(page -> new Entry("/" + page.getSlug(), page.getUpdatedAt()))
                .toList();
    }

    public record PageView(String slug, String title, String description, String bodyHtml, Instant updatedAt) {

        public String url() {
            return "/" + slug;
        }
    }
}
