package org.icmf.blog;

import java.time.DateTimeException;
import java.time.YearMonth;
import org.icmf.blog.BlogViews.DateGroup;
import org.icmf.blog.BlogViews.PostDetail;
import org.icmf.blog.BlogViews.PostSummary;
import org.icmf.comments.CommentSections;
import org.icmf.web.FrenchDates;
import org.icmf.web.NotFoundException;
import org.icmf.web.PageMeta;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
        Page<PostSummary> posts = blog.latest(pageable);
        int page = pageable.getPageNumber() + 1;
        String title = page == 1 ? "Actualités" : "Actualités — page " + page;
        return list(
                model,
                posts,
                title,
                null,
                PageMeta.of(
                        page == 1 ? null : title,
                        "Les actualités de l'Institut des Community Managers Français : le métier, l'éthique, "
                                + "les rencontres et la vie de l'association.",
                        page == 1 ? "/" : "/?page=" + page));
    }

    @GetMapping("/blog")
    String blogRoot() {
        return "redirect:/";
    }

    @GetMapping("/blog/{year:\\d{4}}")
    String year(@PathVariable int year, Pageable page, Model model) {
        Page<PostSummary> posts = blog.archive(year, page);
        if (posts.isEmpty()) {
            throw new NotFoundException("no post in " + year);
        }
        String title = "Archives " + year;
        return list(
                model,
                posts,
                title,
                "Les articles publiés en " + year + ".",
                PageMeta.of(title, "Les articles de l'ICMF publiés en " + year + ".", "/blog/" + year));
    }

    @GetMapping("/blog/{year:\\d{4}}/{month:\\d{2}}")
    String month(@PathVariable int year, @PathVariable int month, Pageable page, Model model) {
        YearMonth yearMonth = yearMonth(year, month);
        Page<PostSummary> posts = blog.archive(yearMonth, page);
        if (posts.isEmpty()) {
            throw new NotFoundException("no post in " + yearMonth);
        }
        String title = "Archives " + dates.month(yearMonth);
        return list(
                model,
                posts,
                title,
                "Les articles publiés en " + dates.month(yearMonth) + ".",
                PageMeta.of(
                        title,
                        "Les articles de l'ICMF publiés en " + dates.month(yearMonth) + ".",
                        "/blog/%d/%02d".formatted(year, month)));
    }

    @GetMapping("/blog/etiquettes/{slug}")
    String label(@PathVariable String slug, Pageable page, Model model) {
        BlogService.LabelPage labelPage = blog.byLabel(slug, page);
        String title = "Étiquette « " + labelPage.label().name() + " »";
        return list(
                model,
                labelPage.posts(),
                title,
                null,
                PageMeta.of(
                        title,
                        "Les articles de l'ICMF classés sous « "
                                + labelPage.label().name() + " ».",
                        labelPage.label().url()));
    }

    @GetMapping("/blog/{year:\\d{4}}/{month:\\d{2}}/{slug}")
    String post(@PathVariable int year, @PathVariable int month, @PathVariable String slug, Model model) {
        yearMonth(year, month);
        PostDetail post = blog.post(year, month, slug);
        model.addAttribute("post", post);
        model.addAttribute("comments", comments.section(post.commentSubject()));
        model.addAttribute("sidebar", blog.sidebar());
        PageMeta meta =
                PageMeta.of(post.title(), post.description(), post.url()).asArticle();
        model.addAttribute(
                "meta",
                post.cover() == null ? meta : meta.withImage(post.cover().url()));
        return "blog/post";
    }

    private String list(Model model, Page<PostSummary> posts, String heading, String intro, PageMeta meta) {
        model.addAttribute("heading", heading);
        model.addAttribute("intro", intro);
        model.addAttribute("posts", posts);
        model.addAttribute(
                "commentCounts",
                comments.counts(
                        BlogCommentSubjects.TYPE,
                        posts.getContent().stream().map(PostSummary::id).toList()));
        model.addAttribute("groups", DateGroup.of(posts.getContent()));
        model.addAttribute("sidebar", blog.sidebar());
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
