package org.icmf.events;

import java.util.List;
import org.icmf.web.NavigationSource;
import org.springframework.stereotype.Component;

/** "Événements" right after the news in the main navigation, current anywhere under /evenements. */
@Component
class EventNavigation implements NavigationSource {

    private static final List<Link> LINKS = List.of(new Link("Événements", "/evenements", 0, List.of("/evenements/")));

    @Override
    public List<Link> navigationLinks() {
        return LINKS;
    }
}
