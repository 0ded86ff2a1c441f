package org.icmf.pages;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.sitemap.spi.SitemapSource;
import org.icmf.web.NavigationSource;
import org.icmf.web.cache.ContentVersions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** Page lookup by slug, for the public site and other modules; pages' entries in the sitemap and navigation. */
@Service
@Transactional(readOnly = true)
public class PageService implements SitemapSource, NavigationSource {

    private final PageRepository pages;
    private final LegalPlaceholders placeholders;
    private final ContentVersions versions;
    private final PageRedirects redirects;
    private volatile CachedLinks navigation;

    PageService(
            PageRepository pages, LegalPlaceholders placeholders, ContentVersions versions, PageRedirects redirects) {
        this.pages = pages;
        this.placeholders = placeholders;
        this.versions = versions;
        this.redirects = redirects;
    }

    /** The menu is on every page and changes rarely: kept until the content version moves, on any instance. */
    private record CachedLinks(List<Link> links, long version) {}

    /** A page as readers see it: its placeholders filled from the configuration. */
    public Optional<PageView> findBySlug(String slug) {
        return pages.findBySlugAndTrashedAtIsNull(slug).map(this::view);
    }

    /** Where the page that was at {@code path} is now, when its slug changed since and it is out of the trash. */
    public Optional<String> movedTo(String path) {
        return redirects
                .itemAt(path)
                .flatMap(pages::findById)
                .filter(page -> !page.isTrashed())
                .map(page -> PageView.path(page.getSlug()))
                .filter(url -> !url.equals(path));
    }

    private PageView view(Page page) {
        return new PageView(
                page.getId(),
                page.getSlug(),
                page.getTitle(),
                page.getDetails().description(),
                placeholders.fill(page.getBodyHtml()),
                page.getUpdatedAt());
    }

    @Override
    public SitemapExtent sitemapExtent() {
        return pages.findSitemapExtent();
    }

    @Override
    public List<Entry> sitemapEntries(int offset, int limit) {
        return pages.findPublic(offset, limit).stream()
                .map(page -> new Entry("/" + page.getSlug(), page.getUpdatedAt()))
                .toList();
    }

    /** Pages with a navigation title, after the news (order 0) and in their own order. */
    @Override
    public List<Link> navigationLinks() {
        CachedLinks cached = navigation;
        long version = versions.lastRead();
        if (cached == null || cached.version() != version) {
            cached = new CachedLinks(
                    pages.findNavigation().stream()
                            .map(page -> new Link(
                                    page.getDetails().navTitle(),
                                    "/" + page.getSlug(),
                                    Objects.requireNonNullElse(page.getDetails().navOrder(), Integer.MAX_VALUE),
                                    List.of("/" + page.getSlug() + "/")))
                            .toList(),
                    version);
            navigation = cached;
        }
        return cached.links();
    }

    /** A page saved, trashed or restored here shows in the menu at once. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void forgetNavigation(PageChanged changed) {
        navigation = null;
    }

    public record PageView(long id, String slug, String title, String description, String bodyHtml, Instant updatedAt) {

        public String url() {
            return path(slug);
        }

        /** The address of the page at {@code slug}. */
        static String path(String slug) {
            return "/" + slug;
        }

        /** The page as the comments module sees it: online, and never closed by age (only by its switch). */
        public CommentSubject commentSubject() {
            return new CommentSubject(PageCommentSubjects.TYPE, id, title, url(), null, true);
        }
    }
}
