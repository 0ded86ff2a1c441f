package org.icmf.blog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.icmf.blog.BlogViews.LabelRef;
import org.icmf.blog.BlogViews.PostDetail;
import org.icmf.blog.BlogViews.PostRef;
import org.icmf.blog.BlogViews.PostSummary;
import org.icmf.blog.BlogViews.Sidebar;
import org.icmf.sitemap.spi.SitemapExtent;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the blog as a visitor: only posts that are published and whose time has come. */
@Service
@Transactional(readOnly = true)
public class BlogService {

    private final PostRepository posts;
    private final LabelRepository labels;
    private final BlogProperties properties;
    private final Clock clock;
    private final SidebarCounts sidebarCounts;
    private final PostRedirects redirects;

    BlogService(
            PostRepository posts,
            LabelRepository labels,
            BlogProperties properties,
            Clock clock,
            SidebarCounts sidebarCounts,
            PostRedirects redirects) {
        this.posts = posts;
        this.labels = labels;
        this.properties = properties;
        this.clock = clock;
        this.sidebarCounts = sidebarCounts;
        this.redirects = redirects;
    }

    /**
     * Where the public post that was at {@code path} is now, when its slug or month changed since: its old addresses
     * lead there as long as it is public.
     */
    public Optional<String> movedTo(String path) {
        Instant now = clock.instant();
        return redirects
                .itemAt(path)
                .flatMap(posts::findById)
                .filter(post -> post.isPublicAt(now))
                .map(post -> url(post.getSlug(), post.getPublishedAt()))
                .filter(url -> !url.equals(path));
    }

    /** The newest public posts, with the sidebar whose kept counts give the list its total. */
    public Listing latest(Pageable page) {
        Sidebar sidebar = sidebar();
        Pageable sized = sized(page);
        return new Listing(summaries(posts.findPublic(clock.instant(), sized), sized, sidebar.posts()), sidebar);
    }

    /** The newest public posts, at most {@code count}: for lists beside the blog (the newsletter's picks). */
    public List<PostSummary> recent(int count) {
        Pageable first = PageRequest.of(0, count);
        return summaries(posts.findPublic(clock.instant(), first), first, count).getContent();
    }

    public Listing archive(int year, Pageable page) {
        ZoneId zone = clock.getZone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        Sidebar sidebar = sidebar();
        Pageable sized = sized(page);
        List<Post> found = posts.findPublicBetween(clock.instant(), from, to, sized);
        return new Listing(summaries(found, sized, sidebar.posts(year)), sidebar);
    }

    public Listing archive(YearMonth month, Pageable page) {
        ZoneId zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Sidebar sidebar = sidebar();
        Pageable sized = sized(page);
        List<Post> found = posts.findPublicBetween(clock.instant(), from, to, sized);
        return new Listing(summaries(found, sized, sidebar.posts(month)), sidebar);
    }

    /** The label and its public posts; 404 for an unknown label. */
    public LabelPage byLabel(String slug, Pageable page) {
        Label label = labels.findBySlug(slug).orElseThrow(() -> new NotFoundException("label " + slug));
        Sidebar sidebar = sidebar();
        Pageable sized = sized(page);
        List<Post> found = posts.findPublicByLabel(clock.instant(), label.getId(), sized);
        return new LabelPage(
                new LabelRef(label.getSlug(), label.getName()),
                new Listing(summaries(found, sized, sidebar.labelPosts(slug)), sidebar));
    }

    /** A page of a blog list and the sidebar shown next to it. */
    public record Listing(Page<PostSummary> posts, Sidebar sidebar) {}

    public record LabelPage(LabelRef label, Listing listing) {}

    /**
     * The post at {@code /blog/{year}/{month}/{slug}}; 404 when it does not exist, is not public yet, or
     * the year and month in the URL are not its own.
     */
    public PostDetail post(int year, int month, String slug) {
        Instant now = clock.instant();
        Post post = posts.findBySlug(slug)
                .filter(candidate -> candidate.isPublicAt(now))
                .filter(candidate ->
                        YearMonth.from(localDate(candidate.getPublishedAt())).equals(YearMonth.of(year, month)))
                .orElseThrow(() -> new NotFoundException("post " + slug));
        PostRef previous = posts.findPublicBefore(now, post.getPublishedAt(), Limit.of(1)).stream()
                .findFirst()
                .map(this::ref)
                .orElse(null);
        PostRef next = posts.findPublicAfter(now, post.getPublishedAt(), Limit.of(1)).stream()
                .findFirst()
                .map(this::ref)
                .orElse(null);
        return detail(post, previous, next);
    }

    /** A post as its public page shows it; a draft without date is shown as of now (admin preview). */
    PostDetail detail(Post post, PostRef previous, PostRef next) {
        Instant shownAt = post.getPublishedAt() == null ? clock.instant() : post.getPublishedAt();
        return new PostDetail(
                post.getId() == null ? 0 : post.getId(),
                post.getTitle(),
                url(post.getSlug(), shownAt),
                shownAt,
                post.getUpdatedAt(),
                localDate(shownAt),
                post.getAuthorName(),
                post.getBodyHtml(),
                description(post.getBodyText()),
                post.getAttribution().sourceLabel(),
                post.getAttribution().sourceUrl(),
                labelRefs(post),
                post.getCover(),
                previous,
                next);
    }

    public Sidebar sidebar() {
        return sidebarCounts.sidebar();
    }

    /** How many posts are public, from the sidebar's kept counts. */
    long publicPosts() {
        return sidebar().posts();
    }

    /** How many posts wait as drafts, are scheduled for later, or are public: for the board's dashboard. */
    public PostCounts postCounts() {
        Instant now = clock.instant();
        return new PostCounts(
                posts.countByStatus(PostStatus.DRAFT),
                posts.countByStatusAndPublishedAtAfter(PostStatus.PUBLISHED, now),
                publicPosts(),
                posts.countByStatus(PostStatus.TRASHED));
    }

    public record PostCounts(long drafts, long scheduled, long published, long trashed) {}

    /** Newest public posts with their full content, for the feeds. */
    public List<FeedEntry> feedEntries() {
        return posts.findPublicNewest(clock.instant(), Limit.of(properties.feedSize())).stream()
                .map(post -> new FeedEntry(
                        post.getTitle(),
                        url(post.getSlug(), post.getPublishedAt()),
                        post.getPublishedAt(),
                        post.getUpdatedAt(),
                        post.getAuthorName(),
                        post.getBodyHtml(),
                        description(post.getBodyText()),
                        labelRefs(post)))
                .toList();
    }

    public record FeedEntry(
            String title,
            String url,
            Instant publishedAt,
            Instant updatedAt,
            String authorName,
            String contentHtml,
            String summary,
            List<LabelRef> labels) {}

    /** How many posts are public (the sidebar's kept counts), and the last change of one, for the sitemap. */
    SitemapExtent publicExtent() {
        return new SitemapExtent(publicPosts(), posts.findPublicLastChange(clock.instant()));
    }

    /** Public posts' URLs and last changes, newest first, a slice at a time for the sitemap. */
    List<PostLink> publicLinks(int offset, int limit) {
        return posts.findPublicLinks(clock.instant(), offset, limit);
    }

    String url(String slug, Instant publishedAt) {
        LocalDate date = localDate(publishedAt);
        return "/blog/%d/%02d/%s".formatted(date.getYear(), date.getMonthValue(), slug);
    }

    /** A page of posts whose list holds {@code total} posts (the sidebar's count, not a count query). */
    private Page<PostSummary> summaries(List<Post> found, Pageable page, long total) {
        return Paging.existing(new PageImpl<>(found, page, total))
                .map(post -> new PostSummary(
                        post.getId(),
                        post.getTitle(),
                        url(post.getSlug(), post.getPublishedAt()),
                        post.getPublishedAt(),
                        localDate(post.getPublishedAt()),
                        post.getAuthorName(),
                        post.getExcerptHtml(),
                        post.isExcerptTruncated(),
                        labelRefs(post),
                        post.getCover()));
    }

    /** The blog's lists show {@code icmf.blog.page-size} posts a page. */
    private Pageable sized(Pageable page) {
        return PageRequest.of(page.getPageNumber(), properties.pageSize());
    }

    private List<LabelRef> labelRefs(Post post) {
        return post.getSortedLabels().stream()
                .map(label -> new LabelRef(label.getSlug(), label.getName()))
                .toList();
    }

    private PostRef ref(PostLink link) {
        return new PostRef(link.title(), url(link.slug(), link.publishedAt()), localDate(link.publishedAt()));
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }

    /** About 160 characters of the text, cut at a word, for meta descriptions and feed summaries. */
    static String description(String text) {
        if (text.length() <= 160) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 157);
        return text.substring(0, cut > 0 ? cut : 157) + "…";
    }
}
