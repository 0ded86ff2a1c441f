package org.icmf.security.spi;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Something an {@link AdminSection} shows on the dashboard. Each tile goes in a panel, headed by the text of its
 * {@link #group()} key: tiles of several sections that name the same group share one panel. Panels come in the
 * order of their first tile, and the tiles in a panel in {@link #order()}, counts and shortcuts first, then
 * watchlists, actions and recent entries. Texts are keys in {@code messages.properties}.
 */
public sealed interface DashboardTile {

    /** The panel of what the editors write: posts, pages, events. */
    String CONTENT = "admin.dashboard.content";

    /** The key of the heading of the panel this tile is shown in. */
    String group();

    int order();

    /**
     * A number to act on, linking to where it is acted on.
     *
     * @param labelKey a choice message given the count, e.g. {@code {0,choice,0#brouillons|1#brouillon|1<brouillons}}
     */
    record Count(String group, int order, long count, String labelKey, String link) implements DashboardTile {}

    /** A frequent task, shown as a tile with an arrow. */
    record Shortcut(String group, int order, String labelKey, String link) implements DashboardTile {}

    /** A link under the panel's tiles; the panel's first action is its button. */
    record Action(String group, int order, String labelKey, String link) implements DashboardTile {}

    /**
     * Things that need fixing, shown only when there are any; the watchlists of a panel that share a title are
     * shown as one list.
     *
     * @param anchor   the list's id in the page, e.g. {@code images-sans-alt}
     * @param introKey the key of a sentence (HTML) that says what to do about them
     */
    record Watchlist(String group, int order, String anchor, String titleKey, String introKey, List<Link> items)
            implements DashboardTile {}

    /**
     * The latest entries of a log, newest first, with a link to the whole log.
     *
     * @param emptyKey the key of what is shown when there is no entry yet
     */
    record Recent(String group, int order, List<Entry> entries, String emptyKey, String allKey, String allLink)
            implements DashboardTile {

        /** @param text what happened, as shown after its time */
        public record Entry(LocalDateTime at, String text) {}
    }

    /** @param label shown as it is (a title) */
    record Link(String label, String path) {}
}
