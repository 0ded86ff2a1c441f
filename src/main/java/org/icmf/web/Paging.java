package org.icmf.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

/**
 * What lists share beyond Spring Data's {@link Page} (or {@link Slice}, for a list too long to count on every
 * visit); pages come from {@link ListPageResolver}.
 */
public final class Paging {

    private Paging() {}

    /** The page asked for; 404 when it lies past the list's end (an empty list still has its first page). */
    public static <S extends Slice<?>> S existing(S page) {
        if (!page.isFirst() && !page.hasContent()) {
            throw new NotFoundException("page " + (page.getNumber() + 1));
        }
        return page;
    }
}
