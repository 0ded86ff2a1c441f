package org.icmf.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to the other pages of the list being shown, keeping its filters and search terms: the current
 * address with only its page parameter changed ({@code page}, or the one a page with two lists gives its second
 * list), counted from 1 as visitors read it (and as {@link ListPageResolver} reads it back). In every model as
 * {@code pageLinks}: {@code ${pageLinks.to(posts.nextPageable(), 'page')}}, as fragments/pagination does.
 */
public final class PageLinks {

    private final String path;
    private final Map<String, String[]> parameters;

    PageLinks(String encodedPath, Map<String, String[]> parameters) {
        this.path = UriUtils.decode(encodedPath, StandardCharsets.UTF_8);
        this.parameters = parameters;
    }

    public String to(Pageable pageable, String parameter) {
        int page = pageable.getPageNumber() + 1;
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        parameters.forEach((name, values) -> {
            if (!parameter.equals(name)) {
                link.queryParam(name, List.of(values));
            }
        });
        if (page > 1) {
            link.queryParam(parameter, page);
        }
        return link.build().encode().toUriString();
    }

    /** How many pages the list has, or null for a list paged without counting it (a {@link Slice}). */
    public Integer pageCount(Slice<?> paging) {
        return paging instanceof Page<?> page ? page.getTotalPages() : null;
    }
}
