package org.icmf.blog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.springframework.data.domain.Page;

/** What blog templates and other modules read: immutable views, never entities. */
public final class BlogViews {

    private BlogViews() {}

    public record LabelRef(String slug, String name) {

        public String url() {
            return "/blog/etiquettes/" + slug;
        }
    }

    public record PostRef(String title, String url, LocalDate date) {}

    /** A post in a list; {@code id} lets the list ask the comments module for its comment count. */
    public record PostSummary(
            long id,
            String title,
            String url,
            Instant publishedAt,
            LocalDate date,
            String authorName,
            String excerptHtml,
            boolean truncated,
            List<LabelRef> labels,
            Cover cover) {}

    public record PostDetail(
            long id,
            String title,
            String url,
            Instant publishedAt,
            Instant updatedAt,
            LocalDate date,
            String authorName,
            String bodyHtml,
            String description,
            String sourceLabel,
            String sourceUrl,
            List<LabelRef> labels,
            Cover cover,
            PostRef previous,
            PostRef next) {

        /** The post as the comments module sees it; only public posts have a page, so it is publicly visible. */
        public CommentSubject commentSubject() {
            return new CommentSubject(BlogCommentSubjects.TYPE, id, title, url, publishedAt, true);
        }
    }

    /** Posts of one day, under a date header as on the original blog. */
    public record DateGroup(LocalDate date, List<PostSummary> posts) {

        /** Consecutive posts of the same day together, order kept. */
        public static List<DateGroup> of(List<PostSummary> posts) {
            List<DateGroup> groups = new ArrayList<>();
            for (PostSummary post : posts) {
                DateGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                if (last != null && Objects.equals(last.date(), post.date())) {
                    last.posts().add(post);
                } else {
                    List<PostSummary> sameDay = new ArrayList<>();
                    sameDay.add(post);
                    groups.add(new DateGroup(post.date(), sameDay));
                }
            }
            return groups;
        }
    }

    public record ArchiveMonth(int year, int month, long posts) {

        public String url() {
            return "/blog/%d/%02d".formatted(year, month);
        }
    }

    public record ArchiveYear(int year, long posts, List<ArchiveMonth> months) {

        public String url() {
            return "/blog/" + year;
        }
    }

    public record LabelCount(String slug, String name, long posts) {

        public String url() {
            return "/blog/etiquettes/" + slug;
        }
    }

    /**
     * The blog's sidebar: archive tree (years → months with counts) and labels with counts. Its counts are also
     * the totals of the blog's lists, which therefore never count posts themselves.
     */
    public record Sidebar(List<ArchiveYear> archive, List<LabelCount> labels) {

        /**
         * The year whose months the archive tree lists: the one the page is about, else the newest. The other years
         * show their total only, as the 2009 blog's archive did, so that the tree stays short after many years.
         */
        public int openYear(Integer viewed) {
            if (viewed != null && archive.stream().anyMatch(archiveYear -> archiveYear.year() == viewed)) {
                return viewed;
            }
            return archive.isEmpty() ? 0 : archive.get(0).year();
        }

        long posts() {
            return archive.stream().mapToLong(ArchiveYear::posts).sum();
        }

        long posts(int year) {
            return archive.stream()
                    .filter(archiveYear -> archiveYear.year() == year)
                    .mapToLong(ArchiveYear::posts)
                    .sum();
        }

        long posts(YearMonth month) {
            return archive.stream()
                    .flatMap(archiveYear -> archiveYear.months().stream())
                    .filter(archiveMonth ->
                            archiveMonth.year() == month.getYear() && archiveMonth.month() == month.getMonthValue())
                    .mapToLong(ArchiveMonth::posts)
                    .sum();
        }

        long labelPosts(String slug) {
            return labels.stream()
                    .filter(label -> label.slug().equals(slug))
                    .mapToLong(LabelCount::posts)
                    .sum();
        }
    }

    /**
     * A search result. {@code titleHtml} and {@code excerptHtml} are escaped text where only the
     * {@code <mark>} elements around matched words are markup.
     */
    public record SearchHit(String titleHtml, String url, LocalDate date, String excerptHtml) {}

    /** A page of search results; {@code more} when more posts match than the results count (and show). */
    public record SearchResults(Page<SearchHit> hits, boolean more) {}
}
