package org.icmf.comments.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A feature whose pages readers may comment on (blog posts, pages). It tells the comments module what a subject
 * is, so that the comments module never reads another module's tables: a forged id, a draft, a scheduled post or
 * a trashed page is not {@link #findPublic public}, and is refused without anything of it leaking.
 */
public interface CommentSubjectSource {

    /** The kind of subject as comments store it and the audit log names it: {@code post}, {@code page}. */
    String type();

    /** The kind of subject in comment URLs, in French: {@code article}, {@code page}. */
    String pathName();

    /** Whether a subject takes comments until the board closes them (posts), or only once opened (pages). */
    boolean openByDefault();

    /** The subject if readers can see it now; empty for an unknown id, a draft, a scheduled or trashed item. */
    Optional<CommentSubject> findPublic(long id);

    /** Subjects by id whatever their state, for the moderators' lists; unknown ids are left out. */
    Map<Long, CommentSubject> findAll(Collection<Long> ids);

    /** How many subjects readers can see now. */
    long countPublic();

    /**
     * Subjects readers can see now, newest first (or in an order of their own), for the page where the board opens
     * and closes comments: at most {@code limit} of them, after the first {@code offset}.
     */
    List<CommentSubject> listPublic(long offset, int limit);

    /**
     * What comments need to know of a subject.
     *
     * @param path             its public path, e.g. {@code /le-metier} (null for a draft that never had one)
     * @param publishedAt      when it was published; comments close a while after (null: never, as for pages)
     * @param publiclyVisible  whether readers can see it now
     */
    record CommentSubject(
            String type, long id, String title, String path, Instant publishedAt, boolean publiclyVisible) {}
}
