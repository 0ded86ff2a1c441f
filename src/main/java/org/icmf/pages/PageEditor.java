package org.icmf.pages;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.icmf.admin.spi.RevisionHistory.SavedVersion;
import org.icmf.audit.AuditAction;
import org.icmf.editing.ContentAction;
import org.icmf.editing.ContentEditor;
import org.icmf.editing.EditorSupport;
import org.icmf.pages.PageService.PageView;
import org.icmf.web.Actor;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing pages in the admin area: a page is online as soon as it is saved; revisions, the trash and concurrent
 * saves are the {@link ContentEditor}'s. A page lives at {@code /{slug}}, so its address must not be one of the
 * site's own sections.
 */
@Service
public class PageEditor extends ContentEditor<Page, PageForm, PageRevision> {

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
    private final LegalPlaceholders placeholders;
    private final PageRedirects redirects;

    PageEditor(
            PageRepository pages,
            PageRevisionRepository revisions,
            LegalPlaceholders placeholders,
            PageRedirects redirects,
            EditorSupport support) {
        super(
                new Kind<>("page", "/admin/pages", Page::new, PageRevision::new, PageChanged::new),
                pages,
                revisions,
                support);
        this.pages = pages;
        this.placeholders = placeholders;
        this.redirects = redirects;
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<AdminPageRow> list(Pageable page) {
        return pages.findAllForAdmin(page)
                .map(row -> new AdminPageRow(
                        row.getId(),
                        row.getTitle(),
                        "/" + row.getSlug(),
                        row.getDetails().navTitle(),
                        row.getDetails().navOrder(),
                        localDateTime(row.getUpdatedAt())));
    }

    public record AdminPageRow(
            long id, String title, String url, String navTitle, Integer navOrder, LocalDateTime updatedAt) {}

    /** Sanitised HTML of Markdown being written, placeholders filled, for the previews. */
    @Override
    public String previewHtml(String markdownText) {
        return placeholders.fill(markdown().toSafeHtml(markdownText));
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
    public static boolean isReserved(String slug) {
        return slug != null && RESERVED_SLUGS.contains(slug);
    }

    @Override
    protected boolean reserved(String slug) {
        return isReserved(slug);
    }

    @Transactional(readOnly = true)
    public long trashCount() {
        return pages.countByTrashedAtIsNotNull();
    }

    /** As the page gives it: its title and the summary typed (none when blank), the site's logo. */
    @Override
    public SharePreview sharePreview(PageForm form) {
        String description = form.description() == null || form.description().isBlank()
                ? null
                : form.description().strip();
        return new SharePreview(form.title(), description, null);
    }

    @Override
    protected PageForm toForm(Page page) {
        return PageForm.of(
                page.getTitle(),
                page.getSlug(),
                page.getDetails(),
                page.getBodyMarkdown(),
                Long.toString(page.getVersion()));
    }

    @Override
    protected PageForm toForm(PageRevision revision, String version) {
        return PageForm.of(
                revision.getTitle(), revision.getSlug(), revision.getDetails(), revision.getBodyMarkdown(), version);
    }

    @Override
    protected AuditAction write(
            Page page, PageForm form, String slug, Actor editor, Instant now, ContentAction action) {
        // Every page out of the trash is online: a page saved before was at its slug.
        String publicPath = page.getId() == null ? null : PageView.path(page.getSlug());
        page.write(
                slug,
                form.title().strip(),
                form.details(),
                form.body(),
                markdown().render(form.body()),
                now);
        redirects.saved(page.getId(), publicPath, PageView.path(slug), now);
        return action;
    }

    @Override
    protected List<SavedVersion.Field> fields(PageForm saved) {
        return List.of(
                SavedVersion.Field.text("revision.field.title", saved.title()),
                SavedVersion.Field.text("revision.field.slug", "/" + saved.slug()),
                SavedVersion.Field.text("page.field.description", saved.description()),
                saved.navTitle().isEmpty()
                        ? SavedVersion.Field.of("page.field.menu", "page.revision.notInMenu")
                        : SavedVersion.Field.of(
                                "page.field.menu",
                                "page.revision.inMenu",
                                saved.navTitle(),
                                saved.navOrder().isEmpty() ? "—" : saved.navOrder()));
    }
}
