package org.icmf.blog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.admin.spi.RevisionHistory;
import org.icmf.admin.spi.TrashCan;
import org.icmf.admin.spi.TrashedItem;
import org.icmf.blog.BlogViews.PostDetail;
import org.icmf.media.MediaLibrary;
import org.icmf.web.Actor;
import org.icmf.web.ConcurrentEditException;
import org.icmf.web.ContentLink;
import org.icmf.web.Markdown;
import org.icmf.web.NotFoundException;
import org.icmf.web.SiteProperties;
import org.icmf.web.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Writing posts in the admin area: create, edit, schedule, preview, and keep a revision of every save.
 * A post is public when PUBLISHED and its time has come, so "scheduled" is PUBLISHED with a future date.
 */
@Service
@Transactional
public class PostEditor implements TrashCan, RevisionHistory {

    private final PostRepository posts;
    private final LabelRepository labels;
    private final PostRevisionRepository revisions;
    private final BlogService blog;
    private final Markdown markdown;
    private final MediaLibrary media;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;
    private final Clock clock;

    PostEditor(
            PostRepository posts,
            LabelRepository labels,
            PostRevisionRepository revisions,
            BlogService blog,
            Markdown markdown,
            MediaLibrary media,
            ApplicationEventPublisher events,
            SiteProperties site,
            Clock clock) {
        this.posts = posts;
        this.labels = labels;
        this.revisions = revisions;
        this.blog = blog;
        this.markdown = markdown;
        this.media = media;
        this.events = events;
        this.site = site;
        this.clock = clock;
    }

    /** The admin list; {@code filter} is brouillon, programme, publie or null for all. */
    @Transactional(readOnly = true)
    public Page<AdminPostRow> list(String filter, Pageable request) {
        Instant now = clock.instant();
        Page<Post> found = switch (filter == null ? "" : filter) {
            case "brouillon" -> posts.findDrafts(request);
            case "programme" -> posts.findScheduled(now, request);
            case "publie" -> posts.findPublic(now, request);
            default -> posts.findAllForAdmin(request);
        };
        return found.map(post -> new AdminPostRow(
                post.getId(),
                post.getTitle(),
                state(post, now),
                post.getPublishedAt() == null ? null : localDateTime(post.getPublishedAt()),
                post.getAuthorName(),
                post.isPublicAt(now) ? blog.url(post.getSlug(), post.getPublishedAt()) : null));
    }

    public record AdminPostRow(
            long id, String title, String state, LocalDateTime publishedAt, String authorName, String publicUrl) {}

    private static String state(Post post, Instant now) {
        if (post.getStatus() == PostStatus.DRAFT) {
            return "Brouillon";
        }
        if (post.isTrashed()) {
            return "Dans la corbeille";
        }
        return post.getPublishedAt().isAfter(now) ? "Programmé" : "Publié";
    }

    /** The first {@code limit} posts whose body has an image without a text alternative, for the dashboard. */
    @Transactional(readOnly = true)
    public List<ContentLink> missingAltText(int limit) {
        return posts.findMissingAltText(Limit.of(limit)).stream()
                .map(post -> new ContentLink(post.getTitle(), basePath() + "/" + post.getId()))
                .toList();
    }

    @Transactional(readOnly = true)
    public PostForm form(long id) {
        Post post = findEditable(id);
        return new PostForm(
                post.getTitle(),
                post.getSlug(),
                post.getBodyMarkdown(),
                post.getAuthorName(),
                post.getSourceLabel(),
                post.getSourceUrl(),
                post.getCover() == null ? "" : post.getCover().url(),
                labelList(post.getSortedLabels()),
                post.getStatus().name(),
                formatted(post.getPublishedAt()),
                Long.toString(post.getVersion()));
    }

    /** Creates a post; throws {@link SlugTakenException} when the chosen address belongs to another post. */
    public long create(PostForm form, Actor editor) {
        Post post = new Post(clock.instant());
        save(post, form, editor, null);
        return post.getId();
    }

    /**
     * Saves a new state of a post; throws {@link ConcurrentEditException} when someone saved it since the
     * form was opened, and {@link SlugTakenException} when the address belongs to another post.
     */
    public void update(long id, PostForm form, Actor editor) {
        Post post = findEditable(id);
        if (!Long.toString(post.getVersion()).equals(form.version())) {
            throw new ConcurrentEditException();
        }
        save(post, form, editor, "updated");
    }

    @Override
    public void restore(long postId, long revisionId, Actor editor) {
        Post post = findEditable(postId);
        try {
            save(post, revisionForm(postId, revisionId), editor, "revision-restored");
        } catch (SlugTakenException e) {
            throw new RestoreRefusedException("post.revision.slugTaken");
        } catch (UnknownCoverImageException e) {
            throw new RestoreRefusedException("post.revision.coverMissing");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RevisionRow> revisions(long postId) {
        return revisions.findByPostIdOrderBySavedAtDescIdDesc(postId).stream()
                .map(revision -> new RevisionRow(
                        revision.getId(),
                        localDateTime(revision.getSavedAt()),
                        revision.getSavedByName(),
                        revision.getTitle()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SavedVersion savedVersion(long postId, long revisionId) {
        PostForm saved = revisionForm(postId, revisionId);
        return new SavedVersion(
                List.of(
                        new SavedVersion.Field("Titre", saved.title()),
                        new SavedVersion.Field("Adresse", saved.slug()),
                        new SavedVersion.Field("Étiquettes", orDash(saved.labels())),
                        new SavedVersion.Field("Signature", orDash(saved.authorName())),
                        new SavedVersion.Field("Source", orDash(saved.sourceLabel())),
                        new SavedVersion.Field("Image de couverture", orDash(saved.coverImage())),
                        new SavedVersion.Field("État", saved.published() ? "Publié ou programmé" : "Brouillon")),
                markdown.toSafeHtml(saved.body()));
    }

    private static String orDash(String text) {
        return StringUtils.hasText(text) ? text : "—";
    }

    private PostForm revisionForm(long postId, long revisionId) {
        PostRevision revision = revisions
                .findById(revisionId)
                .filter(found -> found.getPostId() == postId)
                .orElseThrow(() -> new NotFoundException("revision " + revisionId));
        return new PostForm(
                revision.getTitle(),
                revision.getSlug(),
                revision.getBodyMarkdown(),
                revision.getAuthorName(),
                revision.getSourceLabel(),
                revision.getSourceUrl(),
                Objects.requireNonNullElse(revision.getCoverImageUrl(), ""),
                revision.getLabels(),
                revision.getStatus(),
                formatted(revision.getPublishedAt()),
                null);
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

    /**
     * Writes the form into the post and keeps a revision. {@code action} is what the audit log records
     * (null for a new post); a change of visibility is recorded as such rather than as a mere update.
     */
    private void save(Post post, PostForm form, Actor editor, String action) {
        Instant now = clock.instant();
        boolean wasVisibleOrScheduled = post.getStatus() == PostStatus.PUBLISHED;
        Instant wasPublishedAt = post.getPublishedAt();
        String slug = StringUtils.hasText(form.slug())
                ? form.slug()
                : Slugs.uniqueSlug(form.title(), candidate -> slugTaken(candidate, post.getId()));
        if (slugTaken(slug, post.getId())) {
            throw new SlugTakenException();
        }
        Cover cover = cover(form.coverImage());
        PostStatus status = PostStatus.valueOf(form.status());
        // The form shows the time to the minute: the same minute sent back keeps the stored instant, so that
        // editing a published post neither moves its publication nor logs it as published again.
        Instant publishedAt = form.publishAtTime()
                .map(time -> post.getPublishedAt() != null
                                && time.equals(LocalDateTime.ofInstant(post.getPublishedAt(), clock.getZone())
                                        .truncatedTo(ChronoUnit.MINUTES))
                        ? post.getPublishedAt()
                        : time.atZone(clock.getZone()).toInstant())
                .orElse(status == PostStatus.PUBLISHED ? Objects.requireNonNullElse(post.getPublishedAt(), now) : null);
        post.write(
                slug,
                form.title().strip(),
                form.body(),
                markdown.render(form.body()),
                blankToNull(form.authorName()),
                editor.accountId(),
                blankToNull(form.sourceLabel()),
                blankToNull(form.sourceUrl()),
                cover,
                labels(form.labels()),
                status,
                publishedAt,
                now);
        try {
            posts.saveAndFlush(post);
        } catch (DataIntegrityViolationException e) {
            // Another post took the same address between the check above and this save.
            throw new SlugTakenException();
        }
        revisions.save(new PostRevision(post, labelList(post.getSortedLabels()), editor));
        events.publishEvent(new PostChanged(
                post.getId(),
                post.getTitle(),
                auditAction(action, post, wasVisibleOrScheduled, wasPublishedAt, now),
                editor,
                now));
    }

    private static String auditAction(
            String action, Post post, boolean wasPublished, Instant wasPublishedAt, Instant now) {
        boolean published = post.getStatus() == PostStatus.PUBLISHED;
        boolean publicationChanged =
                published && (!wasPublished || !post.getPublishedAt().equals(wasPublishedAt));
        if (publicationChanged) {
            return post.getPublishedAt().isAfter(now) ? "scheduled" : "published";
        }
        if (wasPublished && !published) {
            return "unpublished";
        }
        return action == null ? "created" : action;
    }

    @Override
    public String basePath() {
        return "/admin/articles";
    }

    @Override
    public String kind() {
        return "post";
    }

    /** Puts a post in the trash, where it stays {@code icmf.site.trash-retention} before being purged. */
    @Override
    public void trash(long id, Actor actor) {
        Post post = findEditable(id);
        Instant now = clock.instant();
        post.trash(actor.name(), now);
        events.publishEvent(new PostChanged(post.getId(), post.getTitle(), "trashed", actor, now));
    }

    /** Takes a post out of the trash with the status it had: a published post is public again. */
    @Override
    public void untrash(long id, Actor actor) {
        Post post = find(id);
        if (!post.isTrashed()) {
            throw new NotFoundException("post in trash " + id);
        }
        post.untrash();
        events.publishEvent(new PostChanged(post.getId(), post.getTitle(), "untrashed", actor, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TrashedItem> trashed(Pageable page) {
        return posts.findTrashed(page)
                .map(post -> new TrashedItem(
                        post.getId(),
                        post.getTitle(),
                        localDateTime(post.getTrashedAt()),
                        post.getTrashedByName(),
                        localDateTime(post.getTrashedAt().plus(site.trashRetention()))));
    }

    /** Every night, empties the trash of what has waited there longer than the retention period. */
    @Scheduled(cron = "${icmf.site.trash-purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "blog.trash")
    public void purgeExpiredTrash() {
        purgeTrashedBefore(clock.instant().minus(site.trashRetention()));
    }

    /** Deletes for good the posts trashed before {@code cutoff}, with their revisions. */
    public int purgeTrashedBefore(Instant cutoff) {
        List<Post> expired = posts.findTrashedBefore(cutoff);
        Instant now = clock.instant();
        for (Post post : expired) {
            posts.delete(post);
            events.publishEvent(new PostChanged(post.getId(), post.getTitle(), "purged", Actor.SYSTEM, now));
        }
        return expired.size();
    }

    @Override
    @Transactional(readOnly = true)
    public String titleOf(long id) {
        return findEditable(id).getTitle();
    }

    /** The cover an address of the media library names; its text alternative and size are copied. */
    private Cover cover(String url) {
        if (!StringUtils.hasText(url)) {
            return null;
        }
        return media.findByUrl(url.strip())
                .map(image -> new Cover(image.url(), image.altText(), image.width(), image.height()))
                .orElseThrow(UnknownCoverImageException::new);
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

    /** A post that is not in the trash: a trashed post is put back before being edited. */
    private Post findEditable(long id) {
        Post post = find(id);
        if (post.isTrashed()) {
            throw new NotFoundException("post in trash " + id);
        }
        return post;
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.strip() : null;
    }

    /** The cover image's address names no image of the media library (mistyped, or the image was deleted). */
    public static class UnknownCoverImageException extends RuntimeException {}

    /** The chosen address is already another post's. */
    public static class SlugTakenException extends RuntimeException {}
}
