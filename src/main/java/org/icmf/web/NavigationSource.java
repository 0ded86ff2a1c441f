package org.icmf.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Something that puts links in the site's main navigation: the blog its news, the pages module every page
 * given a navigation title, later the events. The layout shows them all, ordered by {@link Link#order()}.
 */
public interface NavigationSource {

    List<Link> navigationLinks();

    /** Every source's links, in order: the main navigation as the layouts show it. */
    static List<Link> collect(ObjectProvider<NavigationSource> sources) {
        return sources.stream()
                .flatMap(source -> source.navigationLinks().stream())
                .sorted(Comparator.comparingInt(Link::order))
                .toList();
    }

    /**
     * @param sections other path prefixes that belong to this link, so that it is marked current there too
     *                 (the news link is current on {@code /blog/…})
     */
    record Link(String label, String path, int order, List<String> sections) {

        public boolean isCurrent(String currentPath) {
            return path.equals(currentPath) || sections.stream().anyMatch(currentPath::startsWith);
        }
    }
}
