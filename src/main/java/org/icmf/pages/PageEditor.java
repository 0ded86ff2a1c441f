package org.icmf.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.admin.spi.RevisionHistory;
import org.icmf.admin.spi.TrashCan;
import org.icmf.admin.spi.TrashedItem;
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
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Editing pages in the admin area: create, edit (a page is online as soon as it is saved), keep a revision
 * of every save, put in the trash and back. A page lives at {@code /{slug}}, so its address must not be
 * one of the site's own sections.
 */
@Service
@Transactional
public class PageEditor implements TrashCan, RevisionHistory {

    /** First path segments that belong to other features (literal mappings would hide a page there). */
    static final Set<String> RESERVED_SLUGS = Set.of(
            "admin",
            "assets",
            "blog",
            "recherche",
            "evenements",
            "contact",
            "media",
            "actuator",
            "error",
            "sitemap",
            "robots",
            "favicon",
            "connexion");

    private final PageRepository pages;
    private final PageRevisionRepository revisions;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final SiteProperties site;
    private final LegalPlaceholders placeholders;
    private final Clock clock;

    PageEditor(
            PageRepository pages,
            PageRevisionRepository revisions,
            Markdown markdown,
            ApplicationEventPublisher events,
            SiteProperties site,
            LegalPlaceholders placeholders,
            Clock clock) {
        this.pages = pages;
        this.revisions = revisions;
        this.markdown = markdown;
        this.events = events;
        this.site = site;
        this.placeholders = placeholders;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<AdminPageRow> list(Pageable page) {
        return pages.findAllForAdmin(page)
                .map(row -> new AdminPageRow(
                        row.getId(),
                        row.getTitle(),
                        "/" + row.getSlug(),
                        row.getNavTitle(),
                        row.getNavOrder(),
                        localDateTime(row.getUpdatedAt())));
    }

    public record AdminPageRow(
            long id, String title, String url, String navTitle, Integer navOrder, LocalDateTime updatedAt) {}

    @Transactional(readOnly = true)
    public PageForm form(long id) {
        Page page = findEditable(id);
        return new PageForm(
                page.getTitle(),
                page.getSlug(),
                nullToBlank(page.getNavTitle()),
                page.getNavOrder() == null ? "" : page.getNavOrder().toString(),
                nullToBlank(page.getDescription()),
                page.getBodyMarkdown(),
                Long.toString(page.getVersion()));
    }

    /** Creates a page; throws {@link SlugUnavailableException} when its address is taken or reserved. */
    public long create(PageForm form, Actor editor) {
        Page page = new Page(clock.instant());
        save(page, form, editor, "created");
        return page.getId();
    }

    /**
     * Saves a new state of a page; throws {@link ConcurrentEditException} when someone saved it since the
     * form was opened, and {@link SlugUnavailableException} when its address is taken or reserved.
     */
    public void update(long id, PageForm form, Actor editor) {
        Page page = findEditable(id);
        if (!Long.toString(page.getVersion()).equals(form.version())) {
            throw new ConcurrentEditException();
        }
        save(page, form, editor, "updated");
    }

    @Override
    public void restore(long pageId, long revisionId, Actor editor) {
        Page page = findEditable(pageId);
        try {
            save(page, revisionForm(pageId, revisionId), editor, "revision-restored");
        } catch (SlugUnavailableException e) {
            throw new RestoreRefusedException("page.revision.slugTaken");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RevisionRow> revisions(long pageId) {
        return revisions.findByPageIdOrderBySavedAtDescIdDesc(pageId).stream()
                .map(revision -> new RevisionRow(
                        revision.getId(),
                        localDateTime(revision.getSavedAt()),
                        revision.getSavedByName(),
                        revision.getTitle()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public SavedVersion savedVersion(long pageId, long revisionId) {
        PageForm saved = revisionForm(pageId, revisionId);
        return new SavedVersion(
                List.of(
                        new SavedVersion.Field("Titre", saved.title()),
                        new SavedVersion.Field("Adresse", "/" + saved.slug()),
                        new SavedVersion.Field("Résumé", saved.description().isEmpty() ? "—" : saved.description()),
                        new SavedVersion.Field(
                                "Dans le menu",
                                saved.navTitle().isEmpty()
                                        ? "non"
                                        : saved.navTitle() + " (position "
                                                + (saved.navOrder().isEmpty() ? "—" : saved.navOrder()) + ")")),
                placeholders.fill(markdown.toSafeHtml(saved.body())));
    }

    private PageForm revisionForm(long pageId, long revisionId) {
        PageRevision revision = revisions
                .findById(revisionId)
                .filter(found -> found.getPageId() == pageId)
                .orElseThrow(() -> new NotFoundException("page revision " + revisionId));
        return new PageForm(
                revision.getTitle(),
                revision.getSlug(),
                nullToBlank(revision.getNavTitle()),
                revision.getNavOrder() == null ? "" : revision.getNavOrder().toString(),
                nullToBlank(revision.getDescription()),
                revision.getBodyMarkdown(),
                null);
    }

    /** Sanitised HTML of Markdown being written, placeholders filled, for the preview beside the form. */
    public String previewHtml(String markdownText) {
        return placeholders.fill(markdown.toSafeHtml(markdownText));
    }

    /** The placeholders a page's text may hold, with what the inline ones show now, for the editor's help. */
    public List<PlaceholderHelp> placeholders() {
        return placeholders.available().stream()
                .map(placeholder -> new PlaceholderHelp(
                        "{{" + placeholder.name() + "}}", placeholder.name(), placeholder.block(), placeholder.value()))
                .toList();
    }

    /** @param code what to type; @param name its name, whose description is the message {@code page.placeholder.<name>} */
    public record PlaceholderHelp(String code, String name, boolean block, String value) {}

    /** True when {@code slug} may not be a page's address because a section of the site uses it. */
    public static boolean reserved(String slug) {
        return slug != null && RESERVED_SLUGS.contains(slug);
    }

    private void save(Page page, PageForm form, Actor editor, String action) {
        Instant now = clock.instant();
        String slug = StringUtils.hasText(form.slug())
                ? form.slug()
                : Slugs.uniqueSlug(
                        form.title(), candidate -> reserved(candidate) || slugTaken(candidate, page.getId()));
        if (reserved(slug) || slugTaken(slug, page.getId())) {
            throw new SlugUnavailableException(reserved(slug));
        }
        page.write(
                slug,
                form.title().strip(),
                blankToNull(form.navTitle()),
                form.navOrderNumber(),
                blankToNull(form.description()),
                form.body(),
                markdown.render(form.body()),
                now);
        try {
            pages.saveAndFlush(page);
        } catch (DataIntegrityViolationException e) {
            // Another page took the same address between the check above and this save.
            throw new SlugUnavailableException(false);
        }
        revisions.save(new PageRevision(page, editor));
        events.publishEvent(new PageChanged(page.getId(), page.getTitle(), action, editor, now));
    }

    @Override
    public String basePath() {
        return "/admin/pages";
    }

    @Override
    public String kind() {
        return "page";
    }

    /** Puts a page in the trash: it is off the site and the navigation at once, and can be put back. */
    @Override
    public void trash(long id, Actor actor) {
        Page page = findEditable(id);
        Instant now = clock.instant();
        page.trash(actor.name(), now);
        events.publishEvent(new PageChanged(page.getId(), page.getTitle(), "trashed", actor, now));
    }

    @Override
    public void untrash(long id, Actor actor) {
        Page page = find(id);
        if (!page.isTrashed()) {
            throw new NotFoundException("page in trash " + id);
        }
        page.untrash();
        events.publishEvent(new PageChanged(page.getId(), page.getTitle(), "untrashed", actor, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<TrashedItem> trashed(Pageable page) {
        return pages.findTrashed(page)
                .map(trashed -> new TrashedItem(
                        trashed.getId(),
                        trashed.getTitle(),
                        localDateTime(trashed.getTrashedAt()),
                        trashed.getTrashedByName(),
                        localDateTime(trashed.getTrashedAt().plus(site.trashRetention()))));
    }

    /** Every night, empties the trash of what has waited there longer than the retention period. */
    @Scheduled(cron = "${icmf.site.trash-purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "pages.trash")
    public void purgeExpiredTrash() {
        Instant now = clock.instant();
        for (Page page : pages.findTrashedBefore(now.minus(site.trashRetention()))) {
            pages.delete(page);
            events.publishEvent(new PageChanged(page.getId(), page.getTitle(), "purged", Actor.SYSTEM, now));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public String titleOf(long id) {
        return findEditable(id).getTitle();
    }

    @Transactional(readOnly = true)
    public long trashCount() {
        return pages.countByTrashedAtIsNotNull();
    }

    /** The first {@code limit} pages whose body has an image without a text alternative, for the dashboard. */
    @Transactional(readOnly = true)
    public List<ContentLink> missingAltText(int limit) {
        return pages.findMissingAltText(Limit.of(limit)).stream()
                .map(page -> new ContentLink(page.getTitle(), basePath() + "/" + page.getId()))
                .toList();
    }

    private boolean slugTaken(String slug, Long pageId) {
        return pageId == null ? pages.existsBySlug(slug) : pages.existsBySlugAndIdNot(slug, pageId);
    }

    private Page find(long id) {
        return pages.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
    }

    private Page findEditable(long id) {
        Page page = find(id);
        if (page.isTrashed()) {
            throw new NotFoundException("page in trash " + id);
        }
        return page;
    }

    private LocalDateTime localDateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private static String blankToNull(String text) {
        return StringUtils.hasText(text) ? text.strip() : null;
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }

    /** The chosen address is another page's, or belongs to a section of the site. */
    public static class SlugUnavailableException extends RuntimeException {

        private final boolean reserved;

        SlugUnavailableException(boolean reserved) {
            this.reserved = reserved;
        }

        public boolean reserved() {
            return reserved;
        }
    }
}
