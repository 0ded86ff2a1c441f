package org.icmf.blog;

import static org.icmf.web.Messages.message;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.YearMonth;
import org.icmf.blog.BlogService.Listing;
import org.icmf.blog.BlogViews.DateGroup;
import org.icmf.blog.BlogViews.PostDetail;
import org.icmf.blog.BlogViews.PostSummary;
import org.icmf.comments.CommentSections;
import org.icmf.web.FrenchDates;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;

/**
 * The public blog: home page, a post, archives by year and month, posts of a label. A post's page shows its
 * comments and the form (from the comments module); lists show each post's comment count, in one query.
 */
@Controller
class BlogController {

    private final BlogService blog;
    private final FrenchDates dates;
    private final CommentSections comments;

    BlogController(BlogService blog, FrenchDates dates, CommentSections comments) {
        this.blog = blog;
        this.dates = dates;
        this.comments = comments;
    }

    @GetMapping("/")
    String home(Pageable pageable, Model model) {
        Listing posts = blog.latest(pageable);
        int page = pageable.getPageNumber() + 1;
        MessageSourceResolvable title =
                page == 1 ? message("blog.home.heading") : message("blog.home.heading.page", String.valueOf(page));
        return list(
                model,
                posts,
                title,
                null,
                (page == 1 ? PageMeta.untitled() : PageMeta.titled(title))
                        .describedAs("meta.blog.home.description")
                        .at(page == 1 ? "/" : "/?page=" + page));
    }

    @GetMapping("/blog")
    String blogRoot() {
        return "redirect:/";
    }

    @GetMapping("/blog/{year:\\d{4}}")
    String year(@PathVariable int year, Pageable page, Model model) {
        Listing posts = blog.archive(year, page);
        if (posts.posts().isEmpty()) {
            throw new NotFoundException("no post in " + year);
        }
        MessageSourceResolvable title = message("blog.archive.heading", String.valueOf(year));
        model.addAttribute("archiveYear", year);
        return list(
                model,
                posts,
                title,
                message("blog.archive.intro", String.valueOf(year)),
                PageMeta.titled(title)
                        .describedAs("meta.blog.archive.description", String.valueOf(year))
                        .at("/blog/" + year));
    }

    @GetMapping("/blog/{year:\\d{4}}/{month:\\d{2}}")
    String month(@PathVariable int year, @PathVariable int month, Pageable page, Model model) {
        YearMonth yearMonth = yearMonth(year, month);
        Listing posts = blog.archive(yearMonth, page);
        if (posts.posts().isEmpty()) {
            throw new NotFoundException("no post in " + yearMonth);
        }
        String period = dates.month(yearMonth);
        MessageSourceResolvable title = message("blog.archive.heading", period);
        model.addAttribute("archiveYear", year);
        return list(
                model,
                posts,
                title,
                message("blog.archive.intro", period),
                PageMeta.titled(title)
                        .describedAs("meta.blog.archive.description", period)
                        .at("/blog/%d/%02d".formatted(year, month)));
    }

    @GetMapping("/blog/etiquettes/{slug}")
    String label(@PathVariable String slug, Pageable page, Model model) {
        BlogService.LabelPage labelPage = blog.byLabel(slug, page);
        String label = labelPage.label().name();
        MessageSourceResolvable title = message("blog.label.heading", label);
        return list(
                model,
                labelPage.listing(),
                title,
                null,
                PageMeta.titled(title)
                        .describedAs("meta.blog.label.description", label)
                        .at(labelPage.label().url()));
    }

    @GetMapping("/blog/{year:\\d{4}}/{month:\\d{2}}/{slug}")
    String post(
            @PathVariable int year,
            @PathVariable int month,
            @PathVariable String slug,
            Pageable page,
            Model model,
            HttpServletRequest request) {
        yearMonth(year, month);
        PostDetail post;
        try {
            post = blog.post(year, month, slug);
        } catch (NotFoundException e) {
            // A post whose address changed since it was published: its old address leads to the new one for good.
            String moved = blog.movedTo("/blog/%d/%02d/%s".formatted(year, month, slug))
                    .orElseThrow(() -> e);
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + moved;
        }
        model.addAttribute("post", post);
        model.addAttribute("comments", comments.section(post.commentSubject(), page.getPageNumber()));
        model.addAttribute("sidebar", blog.sidebar());
        model.addAttribute("archiveYear", year);
        PageMeta meta = PageMeta.content(post.title(), post.description())
                .at(post.url())
                .asArticle();
        model.addAttribute(
                "meta",
                post.cover() == null ? meta : meta.withImage(post.cover().url()));
        return "blog/post";
    }

    private String list(
            Model model,
            Listing listing,
            MessageSourceResolvable heading,
            MessageSourceResolvable intro,
            PageMeta meta) {
        model.addAttribute("heading", heading);
        model.addAttribute("intro", intro);
        Page<PostSummary> posts = listing.posts();
        model.addAttribute("posts", posts);
        model.addAttribute(
                "commentCounts",
                comments.counts(
                        BlogCommentSubjects.TYPE,
                        posts.getContent().stream().map(PostSummary::id).toList()));
        model.addAttribute("groups", DateGroup.of(posts.getContent()));
        model.addAttribute("sidebar", listing.sidebar());
        model.addAttribute("meta", meta);
        return "blog/list";
    }

    private static YearMonth yearMonth(int year, int month) {
        try {
            return YearMonth.of(year, month);
        } catch (DateTimeException e) {
            throw new NotFoundException("month " + year + "-" + month);
        }
    }
}
