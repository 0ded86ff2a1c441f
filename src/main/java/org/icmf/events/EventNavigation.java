package org.icmf.events;

import java.util.List;
import org.icmf.web.NavigationSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** "Événements" right after the news in the main navigation, current anywhere under /evenements. */
@Component
class EventNavigation implements NavigationSource {

    private final List<Link> links;

    EventNavigation(MessageSourceAccessor messages) {
        this.links = List.of(new Link(messages.getMessage("nav.events"), "/evenements", 0, List.of("/evenements/")));
    }

    @Override
    public List<Link> navigationLinks() {
        return links;
    }
}
