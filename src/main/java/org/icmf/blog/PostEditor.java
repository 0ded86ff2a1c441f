package org.icmf.blog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.icmf.blog.BlogViews.PostDetail;
import org.icmf.web.Markdown;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.icmf.web.Slugs;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Writing posts in the admin area: create, edit, schedule, preview, and keep a revision of every save.
 * A post is public when PUBLISHED and its time has come, so "scheduled" is PUBLISHED with a future date.
 */
@Service
@Transactional
public class PostEditor {

    private final PostRepository posts;
    private final LabelRepository labels;
    private final PostRevisionRepository revisions;
    private final BlogService blog;
    private final Markdown markdown;
    private final Clock clock;

    PostEditor(PostRepository posts, LabelRepository labels, PostRevisionRepository revisions, BlogService blog,
            Markdown markdown, Clock clock) {
        this.posts = posts;
        this.labels = labels;
        this.revisions = revisions;
        this.blog = blog;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** The admin list; {@code filter} is brouillon, programme, publie or null for all. */
    @Transactional(readOnly = true)
    public Paging<AdminPostRow> list(String filter, int page, int size) {
        if (page < 1) {
            throw new NotFoundException("page " + page);
        }
        PageRequest request = PageRequest.of(page - 1, size);
        Instant now = clock.instant();
        Page<Post> found = switch (filter == null ? "" : filter) {
            case "brouillon" -> posts.findDrafts(request);
            case "programme" -> posts.findScheduled(now, request);
            case "publie" -> posts.findPublic(now, request);
            default -> posts.findAllForAdmin(request);
        };
        List<AdminPostRow> rows = found.getContent().stream().map(post -> new AdminPostRow(post.getId(), post.getTitle(),
                        state(post, now), post.getPublishedAt() == null ? null : localDateTime(post.getPublishedAt()),
                        post.getAuthorName(), post.isPublicAt(now) ? blog.url(post.getSlug(), post.getPublishedAt()) : null))
                .toList();
        return new Paging<>(rows, page, size, found.getTotalElements());
    }

    public record AdminPostRow(long id, String title, String state, LocalDateTime publishedAt, String authorName,
            String publicUrl) {
    }

    private static String state(Post post, Instant now) {
        if (post.getStatus() == PostStatus.DRAFT) {
            return "Brouillon";
        }
        return post.getPublishedAt().isAfter(now) ? "Programmé" : "Publié";
    }

    @Transactional(readOnly = true)
    public PostForm form(long id) {
        Post post = find(id);
        return new PostForm(post.getTitle(), post.getSlug(), post.getBodyMarkdown(), post.getAuthorName(),
                post.getSourceLabel(), post.getSourceUrl(), labelList(post.getSortedLabels()), post.getStatus().name(),
                formatted(post.getPublishedAt()), post.getVersion());
    }

    /** Creates a post; throws {@link SlugTakenException} when the chosen address belongs to another post. */
    public long create(PostForm form, Editor editor) {
        Post post = new Post(clock.instant());
        save(post, form, editor);
        return post.getId();
    }

    /**
     * Saves a new state of a post; throws {@link ConcurrentEditException} when someone saved it since the
     * form was opened, and {@link SlugTakenException} when the address belongs to another post.
     */
    public void update(long id, PostForm form, Editor editor) {
        Post post = find(id);
        if (form.version() == null || form.version() != post.getVersion()) {
            throw new ConcurrentEditException();
        }
        save(post, form, editor);
    }

    /** Saves a revision's content as the post's newest state (itself recorded as a revision). */
    public void restore(long postId, long revisionId, Editor editor) {
        Post post = find(postId);
        save(post, revisionForm(postId, revisionId), editor);
    }

    @Transactional(readOnly = true)
    public List<RevisionRow> revisions(long postId) {
        return revisions.findByPostIdOrderBySavedAtDescIdDesc(postId).stream()
                .map(revision -> new RevisionRow(revision.getId(), localDateTime(revision.getSavedAt()),
                        revision.getSavedByName(), revision.getTitle()))
                .toList();
    }

    public record RevisionRow(long id, LocalDateTime savedAt, String savedBy, String title) {
    }

    @Transactional(readOnly = true)
    public PostForm revisionForm(long postId, long revisionId) {
        PostRevision revision = revisions.findById(revisionId)
                .filter(found -> found.getPostId() == postId)
                .orElseThrow(() -> new NotFoundException("revision " + revisionId));
        return new PostForm(revision.getTitle(), revision.getSlug(), revision.getBodyMarkdown(),
                revision.getAuthorName(), revision.getSourceLabel(), revision.getSourceUrl(), revision.getLabels(),
                revision.getStatus(), formatted(revision.getPublishedAt()), null);
    }

    /** The post as its public page will show it, whatever its status: for the admin preview. */
    @Transactional(readOnly = true)
    public PostDetail preview(long id) {
        return blog.detail(find(id), null, null);
    }

    /** Sanitised HTML of Markdown being written, for the preview beside the form. */
    public String previewHtml(String markdownText) {
        return markdown.toSafeHtml(markdownText);
    }

    private void save(Post post, PostForm form, Editor editor) {
        Instant now = clock.instant();
        String slug = StringUtils.hasText(form.slug()) ? form.slug()
                : Slugs.uniqueSlug(form.title(), candidate -> slugTaken(candidate, post.getId()));
        if (slugTaken(slug, post.getId())) {
            throw new SlugTakenException();
        }
        PostStatus status = PostStatus.valueOf(form.status());
        Instant publishedAt = form.publishAtTime().map(time -> time.atZone(clock.getZone()).toInstant())
                .orElse(status == PostStatus.PUBLISHED ? Objects.requireNonNullElse(post.getPublishedAt(), now) : null);
        post.write(slug, form.title().strip(), form.body(), markdown.render(form.body()),
                blankToNull(form.authorName()), editor.accountId(), blankToNull(form.sourceLabel()),
                blankToNull(form.sourceUrl()), labels(form.labels()), status, publishedAt, now);
        try {
            posts.saveAndFlush(post);
        } catch (DataIntegrityViolationException e) {
            // Another post took the same address between the check above and this save.
            throw new SlugTakenException();
        }
        revisions.save(new PostRevision(post, labelList(post.getSortedLabels()), editor));
    }

    private boolean slugTaken(String slug, Long postId) {
        return postId == null ? posts.existsBySlug(slug) : posts.existsBySlugAndIdNot(slug, postId);
    }

    /** Labels named in a comma-separated list, created when new; "Métier" and "métier" are the same label. */
    private Set<Label> labels(String list) {
        Map<String, String> namesBySlug = new LinkedHashMap<>();
        Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::strip)
                .filter(name -> !Slugs.slugify(name).isEmpty())
                .forEach(name -> namesBySlug.putIfAbsent(Slugs.slugify(name), name));
        Map<String, Label> existing = labels.findBySlugIn(namesBySlug.keySet()).stream()
                .collect(Collectors.toMap(Label::getSlug, label -> label));
        Set<Label> found = new LinkedHashSet<>();
        namesBySlug.forEach((slug, name) ->
                found.add(existing.computeIfAbsent(slug, missing -> labels.save(new Label(missing, name)))));
        return found;
    }

    private static String labelList(List<Label> labels) {
        return labels.stream().map(Label::getName).collect(Collectors.joining(", "));
    }

    private String formatted(Instant instant) {
        return instant == null ? "" : PostForm.LOCAL_DATE_TIME.format(localDateTime(instant));
    }

    private LocalDateTime localDateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private Post find(long id) {
        return posts.findById(id).orElseThrow(() -> new NotFoundException("post " + id));
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.strip() : null;
    }

    /** The chosen address is already another post's. */
    public static class SlugTakenException extends RuntimeException {
    }

    /** Someone else saved the post after this form was opened. */
    public static class ConcurrentEditException extends RuntimeException {
    }
}
