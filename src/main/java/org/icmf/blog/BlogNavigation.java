package org.icmf.blog;

import java.util.List;
import org.icmf.web.NavigationSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** The news come first in the main navigation, current on the home page and anywhere under /blog. */
@Component
class BlogNavigation implements NavigationSource {

    private final List<Link> links;

    BlogNavigation(MessageSourceAccessor messages) {
        this.links = List.of(new Link(messages.getMessage("nav.blog"), "/", -1, List.of("/blog")));
    }

    @Override
    public List<Link> navigationLinks() {
        return links;
    }
}
