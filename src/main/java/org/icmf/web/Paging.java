package org.icmf.web;

import org.springframework.data.domain.Page;

/** What lists share beyond Spring Data's {@link Page}; pages come from {@link ListPageResolver}. */
public final class Paging {

    private Paging() {}

    /** The page asked for; 404 when it lies past the list's end (an empty list still has its first page). */
    public static <T> Page<T> existing(Page<T> page) {
        if (!page.isFirst() && !page.hasContent()) {
            throw new NotFoundException("page " + (page.getNumber() + 1));
        }
        return page;
    }
}
