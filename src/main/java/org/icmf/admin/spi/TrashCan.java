package org.icmf.admin.spi;

import org.icmf.web.Actor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A kind of content whose deleted items wait in a trash before being purged: posts, pages. The admin area's
 * trash pages ({@code {basePath}/corbeille}, the confirmation, restoring) serve every implementation.
 */
public interface TrashCan {

    /** The admin section of this content, e.g. {@code /admin/articles}. */
    String basePath();

    /** {@code post} or {@code page}: picks the wording of the trash pages and messages. */
    String kind();

    /** The title of an item that is not in the trash; NotFoundException when there is none. */
    String titleOf(long id);

    void trash(long id, Actor actor);

    /** Puts an item back as it was; NotFoundException when it is not in the trash. */
    void untrash(long id, Actor actor);

    Page<TrashedItem> trashed(Pageable page);
}
