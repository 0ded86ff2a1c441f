package org.icmf.blog.admin;

import java.util.List;
import org.icmf.blog.BlogService;
import org.icmf.blog.PostEditor;
import org.icmf.security.BoardUser;
import org.icmf.security.Role;
import org.icmf.security.spi.AdminSection;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Action;
import org.icmf.security.spi.DashboardTile.Count;
import org.icmf.security.spi.DashboardTile.Link;
import org.icmf.security.spi.DashboardTile.Watchlist;
import org.springframework.stereotype.Component;

/** The posts' section: counts by status on the dashboard, posts showing an image without text alternative. */
@Component
class BlogAdminSection implements AdminSection {

    private static final String PATH = "/admin/articles";
    /** Posts listed at most for an image without a text alternative. */
    private static final int MISSING_ALT_TEXT = 10;

    private final BlogService blog;
    private final PostEditor posts;

    BlogAdminSection(BlogService blog, PostEditor posts) {
        this.blog = blog;
        this.posts = posts;
    }

    @Override
    public MenuEntry menuEntry() {
        return new MenuEntry("admin.section.articles", PATH, 10);
    }

    @Override
    public Role requiredRole() {
        return Role.EDITOR;
    }

    @Override
    public List<DashboardTile> tiles(BoardUser user) {
        BlogService.PostCounts counts = blog.postCounts();
        String group = DashboardTile.CONTENT;
        return List.of(
                new Count(group, 100, counts.drafts(), "admin.dashboard.posts.drafts", PATH + "?statut=brouillon"),
                new Count(
                        group, 101, counts.scheduled(), "admin.dashboard.posts.scheduled", PATH + "?statut=programme"),
                new Count(group, 102, counts.published(), "admin.dashboard.posts.published", PATH + "?statut=publie"),
                new Count(group, 103, counts.trashed(), "admin.dashboard.posts.trashed", PATH + "/corbeille"),
                new Watchlist(
                        group,
                        110,
                        "images-sans-alt",
                        "admin.dashboard.missingAltText",
                        "admin.dashboard.missingAltText.intro",
                        posts.missingAltText(MISSING_ALT_TEXT).stream()
                                .map(post -> new Link(post.title(), post.editPath()))
                                .toList()),
                new Action(group, 120, "admin.dashboard.posts.write", PATH + "/nouveau"));
    }
}
