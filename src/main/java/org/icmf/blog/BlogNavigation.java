package org.icmf.blog;

import java.util.List;
import org.icmf.web.NavigationSource;
import org.springframework.stereotype.Component;

/** The news come first in the main navigation, current on the home page and anywhere under /blog. */
@Component
class BlogNavigation implements NavigationSource {

    private static final List<Link> LINKS = List.of(new Link("Actualités", "/", -1, List.of("/blog")));

    @Override
    public List<Link> navigationLinks() {
        return LINKS;
    }
}
