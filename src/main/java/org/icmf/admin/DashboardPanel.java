package org.icmf.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.icmf.security.spi.DashboardTile;
import org.icmf.security.spi.DashboardTile.Action;
import org.icmf.security.spi.DashboardTile.Count;
import org.icmf.security.spi.DashboardTile.Recent;
import org.icmf.security.spi.DashboardTile.Shortcut;
import org.icmf.security.spi.DashboardTile.Watchlist;

/**
 * One panel of the dashboard as its template shows it: the heading that its tiles name, their figures (counts,
 * and shortcuts whose figure is an arrow), the non-empty watchlists with the same title merged, the actions and
 * the recent entries, each in order.
 */
public record DashboardPanel(
        String titleKey, List<Figure> figures, List<Watchlist> watchlists, List<Action> actions, List<Recent> recents) {

    /** The heading's id, for {@code aria-labelledby}. */
    public String id() {
        return titleKey.replace('.', '-');
    }

    /** @param count {@code null} for a shortcut */
    public record Figure(String link, Long count, String labelKey) {}

    /** The panels of these tiles, in the order of their first tile. */
    static List<DashboardPanel> of(List<DashboardTile> tiles) {
        Map<String, List<DashboardTile>> groups = new LinkedHashMap<>();
        tiles.stream()
                .sorted(Comparator.comparingInt(DashboardTile::order))
                .forEach(tile -> groups.computeIfAbsent(tile.group(), group -> new ArrayList<>())
                        .add(tile));
        return groups.entrySet().stream()
                .map(group -> panel(group.getKey(), group.getValue()))
                .toList();
    }

    private static DashboardPanel panel(String titleKey, List<DashboardTile> tiles) {
        List<Figure> figures = new ArrayList<>();
        Map<String, Watchlist> watchlists = new LinkedHashMap<>();
        List<Action> actions = new ArrayList<>();
        List<Recent> recents = new ArrayList<>();
        for (DashboardTile tile : tiles) {
            if (tile instanceof Count count) {
                figures.add(new Figure(count.link(), count.count(), count.labelKey()));
            } else if (tile instanceof Shortcut shortcut) {
                figures.add(new Figure(shortcut.link(), null, shortcut.labelKey()));
            } else if (tile instanceof Watchlist list) {
                watchlists.merge(list.titleKey(), list, DashboardPanel::merged);
            } else if (tile instanceof Action action) {
                actions.add(action);
            } else if (tile instanceof Recent recent) {
                recents.add(recent);
            }
        }
        List<Watchlist> shown = watchlists.values().stream()
                .filter(list -> !list.items().isEmpty())
                .toList();
        return new DashboardPanel(titleKey, figures, shown, actions, recents);
    }

    private static Watchlist merged(Watchlist first, Watchlist second) {
        return new Watchlist(
                first.group(),
                first.order(),
                first.anchor(),
                first.titleKey(),
                first.introKey(),
                Stream.concat(first.items().stream(), second.items().stream()).toList());
    }
}
