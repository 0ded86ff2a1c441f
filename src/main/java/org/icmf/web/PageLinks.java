package org.icmf.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the other pages of the list being shown, keeping its filters and search terms: the current
 * address with only {@code page} changed, counted from 1 as visitors read it (and as {@link ListPageResolver}
 * reads it back). In every model as {@code pageLinks}: {@code ${pageLinks.to(posts.nextPageable())}}.
 */
public final class PageLinks {

    private final String path;
    private final Map<String, String[]> parameters;

    PageLinks(String encodedPath, Map<String, String[]> parameters) {
        this.path = UriUtils.decode(encodedPath, StandardCharsets.UTF_8);
        this.parameters = parameters;
    }

    public String to(Pageable pageable) {
        int page = pageable.getPageNumber() + 1;
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> {
            if (!"page".equals(name)) {
                link.queryParam(name, List.of(values));
            }
        });
        if (page > 1) {
            link.queryParam("page", page);
        }
        return link.build().encode().toUriString();
    }
}
