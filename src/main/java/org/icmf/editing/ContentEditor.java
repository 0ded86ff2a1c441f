package org.icmf.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.icmf.admin.spi.RevisionHistory;
import org.icmf.admin.spi.TrashCan;
import org.icmf.admin.spi.TrashedItem;
import org.icmf.audit.AuditAction;
import org.icmf.web.Actor;
import org.icmf.web.ConcurrentEditException;
import org.icmf.web.Markdown;
import org.icmf.web.NotFoundException;
import org.icmf.web.Slugs;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * An admin editor of one kind of content (posts, pages). Every save checks the form was opened on the stored
 * version, gives the item a free address, keeps a revision and publishes what happened for the audit log; an
 * item goes to the trash and back, and an earlier revision can be restored. A subclass names its {@link Kind} and
 * says how its form and its content map to each other ({@link #toForm}, {@link #write}).
 *
 * @param <T> the content
 * @param <F> its form record
 * @param <R> its revision
 */
@Transactional
public abstract class ContentEditor<T extends EditableContent, F extends ContentForm, R extends Revision>
        implements TrashCan, RevisionHistory {

    private final Kind<T, R> kind;
    private final EditableContentRepository<T> contents;
    private final RevisionRepository<R> revisions;
    private final EditorSupport support;

    protected ContentEditor(
            Kind<T, R> kind,
            EditableContentRepository<T> contents,
            RevisionRepository<R> revisions,
            EditorSupport support) {
        this.kind = kind;
        this.contents = contents;
        this.revisions = revisions;
        this.support = support;
    }

    /**
     * One kind of content: {@code name} ({@code post}, {@code page}) prefixes its message keys, {@code basePath} is
     * its admin section ({@code /admin/articles}); how to make a new item (from the time it is created), the
     * revision of an item just saved, and the event telling what happened to an item.
     */
    public record Kind<T, R>(
            String name,
            String basePath,
            Function<Instant, T> create,
            BiFunction<T, Actor, R> revision,
            ChangeEvent changed) {}

    /** The constructor of a module's event about its content, e.g. {@code PostChanged::new}. */
    @FunctionalInterface
    public interface ChangeEvent {
        Object of(long id, String title, AuditAction action, Actor actor, Instant occurredAt);
    }

    protected abstract F toForm(T content);

    /** A revision's content as a form opened on {@code version} (null: saving it restores the revision anyway). */
    protected abstract F toForm(R revision, String version);

    /**
     * Writes the form into the item, at the address already checked; returns what the audit log records, which is
     * {@code action} unless the subclass knows better (a post published rather than updated).
     */
    protected abstract AuditAction write(
            T content, F form, String slug, Actor editor, Instant now, ContentAction action);

    /** A saved version's fields, labelled by message keys, for its page. */
    protected abstract List<SavedVersion.Field> fields(F saved);

    /** Sanitised HTML of Markdown being written, as the item would show it, for the previews. */
    public abstract String previewHtml(String markdown);

    /**
     * Markdown being written as the item would show it, and how long it is to read: for the editor's live preview
     * and the form page. Reads nothing stored, so takes no database connection, the preview being asked for as the
     * board member types.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LivePreview livePreview(String markdown) {
        String html = previewHtml(markdown);
        return new LivePreview(html, TextLength.of(support.markdown().toPlainText(html)));
    }

    public record LivePreview(String html, TextLength length) {}

    /**
     * How the item will look when its address is shared (its Open Graph title, description and image, as the public
     * page gives them), from its form; {@code imagePath} null is the site's logo.
     */
    public abstract SharePreview sharePreview(F form);

    public record SharePreview(String title, String description, String imagePath) {}

    /** True when {@code slug} may not be an item's address though no item has it; none by default. */
    protected boolean reserved(String slug) {
        return false;
    }

    @Transactional(readOnly = true)
    public F form(long id) {
        return toForm(findEditable(id));
    }

    /** Creates an item; throws {@link RejectedFieldException} when a field breaks a rule (an address taken, …). */
    public long create(F form, Actor editor) {
        T content = kind.create().apply(support.clock().instant());
        save(content, form, editor, ContentAction.CREATED);
        return content.getId();
    }

    /**
     * Saves a new state of an item; throws {@link ConcurrentEditException} when someone saved it since the form was
     * opened, and {@link RejectedFieldException} when a field breaks a rule.
     */
    public void update(long id, F form, Actor editor) {
        T content = findEditable(id);
        if (!Long.toString(content.getVersion()).equals(form.version())) {
            throw new ConcurrentEditException();
        }
        save(content, form, editor, ContentAction.UPDATED);
    }

    @Override
    public void restore(long id, long revisionId, Actor editor) {
        T content = findEditable(id);
        try {
            save(content, toForm(revision(id, revisionId), null), editor, ContentAction.REVISION_RESTORED);
        } catch (RejectedFieldException e) {
            throw new RestoreRefusedException(e.restoreMessageKey());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RevisionRow> revisions(long id) {
        return revisions.findByContentIdAndAutomaticFalseOrderBySavedAtDescIdDesc(id).stream()
                .map(revision -> new RevisionRow(
                        revision.getId(),
                        localDateTime(revision.getSavedAt()),
                        revision.getSavedByName(),
                        revision.getTitle()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SavedVersion savedVersion(long id, long revisionId) {
        F saved = toForm(revision(id, revisionId), null);
        return new SavedVersion(fields(saved), previewHtml(saved.body()));
    }

    /**
     * Keeps the title and text being written as the author's automatic revision of the item, replacing the one
     * before, and returns when. The item, its version and what is published stay as they are; its other fields are
     * kept as stored.
     */
    public LocalDateTime autosave(long id, F form, Actor author) {
        T content = findEditable(id);
        Instant now = support.clock().instant();
        R draft = revisions
                .findByContentIdAndSavedByAccountIdAndAutomaticTrue(id, author.accountId())
                .orElseGet(() -> kind.revision().apply(content, author));
        draft.keepDraft(form.title(), form.body(), now);
        revisions.saveAndFlush(draft); // two tabs racing on the index fail here, in the caller's hands
        return localDateTime(now);
    }

    /** The author's automatic revision of the item when it is newer than what is saved: the editor offers it. */
    @Transactional(readOnly = true)
    public Optional<Autosaved> autosaved(long id, Actor author) {
        T content = findEditable(id);
        return revisions
                .findByContentIdAndSavedByAccountIdAndAutomaticTrue(id, author.accountId())
                .filter(draft ->
                        content.getUpdatedAt() == null || draft.getSavedAt().isAfter(content.getUpdatedAt()))
                .map(draft -> new Autosaved(localDateTime(draft.getSavedAt())));
    }

    public record Autosaved(LocalDateTime savedAt) {}

    /**
     * The item's form holding the author's automatic revision's title and text, opened on the stored version (saving
     * it is an ordinary save); the stored form when there is none.
     */
    @Transactional(readOnly = true)
    public F autosavedForm(long id, Actor author) {
        T content = findEditable(id);
        return revisions
                .findByContentIdAndSavedByAccountIdAndAutomaticTrue(id, author.accountId())
                .map(draft -> toForm(draft, Long.toString(content.getVersion())))
                .orElseGet(() -> toForm(content));
    }

    /** Drops the author's automatic revision of the item (« Ignorer »). */
    public void discardAutosaved(long id, Actor author) {
        findEditable(id);
        revisions.deleteByContentIdAndSavedByAccountIdAndAutomaticTrue(id, author.accountId());
    }

    private R revision(long id, long revisionId) {
        return revisions
                .findById(revisionId)
                .filter(found -> found.getContentId() == id)
                .orElseThrow(() -> new NotFoundException(kind.name() + " revision " + revisionId));
    }

    private void save(T content, F form, Actor editor, ContentAction action) {
        Instant now = support.clock().instant();
        String slug = StringUtils.hasText(form.slug())
                ? form.slug()
                : Slugs.uniqueSlug(form.title(), candidate -> reserved(candidate) || taken(candidate, content.getId()));
        if (reserved(slug)) {
            throw rejectedSlug(".slug.reserved");
        }
        if (taken(slug, content.getId())) {
            throw rejectedSlug(".slug.taken");
        }
        AuditAction done = write(content, form, slug, editor, now, action);
        try {
            contents.saveAndFlush(content);
        } catch (DataIntegrityViolationException e) {
            // Another item took the same address between the check above and this save.
            throw rejectedSlug(".slug.taken");
        }
        revisions.save(kind.revision().apply(content, editor));
        // saved for real: nothing left to offer
        revisions.deleteByContentIdAndSavedByAccountIdAndAutomaticTrue(content.getId(), editor.accountId());
        publish(content, done, editor, now);
    }

    /** The address is refused: {@code reason} ends the key of the message beside the field. */
    private RejectedFieldException rejectedSlug(String reason) {
        return new RejectedFieldException("slug", kind.name() + reason, kind.name() + ".revision.slugTaken");
    }

    private boolean taken(String slug, Long id) {
        return id == null ? contents.existsBySlug(slug) : contents.existsBySlugAndIdNot(slug, id);
    }

    @Override
    public String basePath() {
        return kind.basePath();
    }

    @Override
    public String kind() {
        return kind.name();
    }

    @Override
    @Transactional(readOnly = true)
    public String titleOf(long id) {
        return findEditable(id).getTitle();
    }

    /** Puts an item in the trash, where it stays {@code icmf.site.trash-retention} before being purged. */
    @Override
    public void trash(long id, Actor actor) {
        T content = findEditable(id);
        Instant now = support.clock().instant();
        content.trash(actor.name(), now);
        publish(content, ContentAction.TRASHED, actor, now);
    }

    /** Takes an item out of the trash as it was: a published post or a page is online again. */
    @Override
    public void untrash(long id, Actor actor) {
        T content = find(id);
        if (!content.isTrashed()) {
            throw new NotFoundException(kind.name() + " in trash " + id);
        }
        content.untrash();
        publish(content, ContentAction.UNTRASHED, actor, support.clock().instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TrashedItem> trashed(Pageable page) {
        return contents.findTrashed(page)
                .map(trashed -> new TrashedItem(
                        trashed.getId(),
                        trashed.getTitle(),
                        localDateTime(trashed.getTrashedAt()),
                        trashed.getTrashedByName(),
                        localDateTime(trashed.getTrashedAt().plus(support.site().trashRetention()))));
    }

    /** Deletes for good what has waited in the trash longer than the retention period (nightly: {@link TrashPurge}). */
    public void purgeExpiredTrash() {
        Instant now = support.clock().instant();
        for (T content : contents.findTrashedBefore(now.minus(support.site().trashRetention()))) {
            contents.delete(content); // with its revisions (on delete cascade)
            publish(content, ContentAction.PURGED, Actor.SYSTEM, now);
        }
    }

    /** The first {@code limit} items whose body has an image without a text alternative, for the dashboard. */
    @Transactional(readOnly = true)
    public List<ContentLink> missingAltText(int limit) {
        return contents.findMissingAltText(Limit.of(limit)).stream()
                .map(content -> new ContentLink(content.getTitle(), kind.basePath() + "/" + content.getId()))
                .toList();
    }

    /** True when an image of the Markdown has no text alternative: the editors refuse to save it. */
    public boolean hasImageWithoutAltText(String markdownText) {
        return support.markdown().hasImageWithoutAltText(markdownText);
    }

    private void publish(T content, AuditAction action, Actor actor, Instant now) {
        support.events().publishEvent(kind.changed().of(content.getId(), content.getTitle(), action, actor, now));
    }

    protected T find(long id) {
        return contents.findById(id).orElseThrow(() -> new NotFoundException(kind.name() + " " + id));
    }

    /** An item that is not in the trash: a trashed item is put back before being edited. */
    protected T findEditable(long id) {
        T content = find(id);
        if (content.isTrashed()) {
            throw new NotFoundException(kind.name() + " in trash " + id);
        }
        return content;
    }

    /** The site's time zone ({@code icmf.time-zone}), in which the editor shows times. */
    public String timeZone() {
        return support.clock().getZone().getId();
    }

    protected Clock clock() {
        return support.clock();
    }

    protected Markdown markdown() {
        return support.markdown();
    }

    protected LocalDateTime localDateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, support.clock().getZone());
    }
}
