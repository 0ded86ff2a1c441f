package org.icmf.blog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.icmf.admin.spi.RevisionHistory.SavedVersion;
import org.icmf.audit.AuditAction;
import org.icmf.blog.BlogViews.PostDetail;
import org.icmf.editing.ContentAction;
import org.icmf.editing.ContentEditor;
import org.icmf.editing.ContentForm;
import org.icmf.editing.EditorSupport;
import org.icmf.web.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing posts in the admin area: create, edit, schedule, preview; revisions, the trash and concurrent saves are
 * the {@link ContentEditor}'s. The form is bound by {@link PostForms}, publication decided by {@link PostPublication}.
 */
@Service
public class PostEditor extends ContentEditor<Post, PostForm, PostRevision> {

    private final PostRepository posts;
    private final PostForms forms;
    private final PostPublication publication;
    private final BlogService blog;
    private final PostRedirects redirects;

    PostEditor(
            PostRepository posts,
            PostRevisionRepository revisions,
            PostForms forms,
            PostPublication publication,
            BlogService blog,
            PostRedirects redirects,
            EditorSupport support) {
        super(
                new Kind<>("post", "/admin/articles", Post::new, PostRevision::new, PostChanged::new),
                posts,
                revisions,
                support);
        this.posts = posts;
        this.forms = forms;
        this.publication = publication;
        this.blog = blog;
        this.redirects = redirects;
    }

    /** The admin list; {@code filter} is brouillon, programme, publie or null for all. */
    @Transactional(readOnly = true)
    public Page<AdminPostRow> list(String filter, Pageable request) {
        Instant now = clock().instant();
        Page<Post> found = switch (filter == null ? "" : filter) {
            case "brouillon" -> posts.findDrafts(request);
            case "programme" -> posts.findScheduled(now, request);
            case "publie" -> new PageImpl<>(posts.findPublic(now, request), request, blog.publicPosts());
            default -> posts.findAllForAdmin(request);
        };
        return found.map(post -> new AdminPostRow(
                post.getId(),
                post.getTitle(),
                PostPublication.stateKey(post, now),
                post.getPublishedAt() == null ? null : localDateTime(post.getPublishedAt()),
                post.getAuthorName(),
                post.isPublicAt(now) ? blog.url(post.getSlug(), post.getPublishedAt()) : null));
    }

    /** A row of the admin list; {@code stateKey} names the post's state in messages.properties. */
    public record AdminPostRow(
            long id, String title, String stateKey, LocalDateTime publishedAt, String authorName, String publicUrl) {}

    /** The post as its public page will show it, whatever its status: for the admin preview. */
    @Transactional(readOnly = true)
    public PostDetail preview(long id) {
        return blog.detail(find(id), null, null);
    }

    /** The message key of the flash shown after saving {@code form}: draft, scheduled or published. */
    public String savedMessageKey(PostForm form) {
        return publication.savedMessageKey(form);
    }

    @Override
    public String previewHtml(String markdownText) {
        return markdown().toSafeHtml(markdownText);
    }

    /** As the post's page: its title, the start of its text, its cover. */
    @Override
    public SharePreview sharePreview(PostForm form) {
        String text = form.body().length() > ContentForm.MAX_BODY_LENGTH
                ? ""
                : markdown().toPlainText(previewHtml(form.body()));
        return new SharePreview(
                form.title(),
                BlogService.description(text),
                form.coverImage() == null || form.coverImage().isBlank() ? null : form.coverImage());
    }

    @Override
    protected PostForm toForm(Post post) {
        return forms.form(post, Long.toString(post.getVersion()), clock().getZone());
    }

    @Override
    protected PostForm toForm(PostRevision revision, String version) {
        return forms.form(revision, version, clock().getZone());
    }

    @Override
    protected AuditAction write(
            Post post, PostForm form, String slug, Actor editor, Instant now, ContentAction action) {
        PostPublication.Before before = PostPublication.Before.of(post);
        String publicPath = post.isPublicAt(now) ? blog.url(post.getSlug(), post.getPublishedAt()) : null;
        forms.write(post, form, slug, publication.publishedAt(post, form, now), editor, now);
        redirects.saved(
                post.getId(),
                publicPath,
                post.getPublishedAt() == null ? null : blog.url(post.getSlug(), post.getPublishedAt()),
                now);
        return publication.action(before, post, now, action);
    }

    @Override
    protected List<SavedVersion.Field> fields(PostForm saved) {
        return List.of(
                SavedVersion.Field.text("revision.field.title", saved.title()),
                SavedVersion.Field.text("revision.field.slug", saved.slug()),
                SavedVersion.Field.text("post.field.labels", saved.labels()),
                SavedVersion.Field.text("post.field.authorName", saved.authorName()),
                SavedVersion.Field.text("post.field.source", saved.sourceLabel()),
                SavedVersion.Field.text("post.field.coverImage", saved.coverImage()),
                SavedVersion.Field.of(
                        "post.field.status",
                        saved.published() ? "post.revision.publishedOrScheduled" : "post.state.draft"));
    }
}
