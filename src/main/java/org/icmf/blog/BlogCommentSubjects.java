package org.icmf.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icmf.comments.spi.CommentSubjectSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts as the comments module knows them: a post takes comments once public (until the board closes them or they
 * grow old), and nothing of a draft, a scheduled or a trashed post is told to readers.
 */
@Component
@Transactional(readOnly = true)
class BlogCommentSubjects implements CommentSubjectSource {

    static final String TYPE = "post";

    /** Public at {@code :now}: the condition of the partial index {@code blog_post_public_idx}. */
    private static final String PUBLIC = "status = 'PUBLISHED' and published_at <= :now";

    /**
     * What the comments module names a post by, never its body. Plain SQL: a moderator's page of twenty comments
     * asks for its posts with a list of ids, which Hibernate would translate again at every request.
     */
    private static final String SUBJECTS =
            "select id, slug, title, published_at, " + PUBLIC + " as publicly_visible from blog_post";

    private final JdbcClient jdbc;
    private final BlogService blog;
    private final Clock clock;

    BlogCommentSubjects(JdbcClient jdbc, BlogService blog, Clock clock) {
        this.jdbc = jdbc;
        this.blog = blog;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String pathName() {
        return "article";
    }

    @Override
    public boolean openByDefault() {
        return true;
    }

    @Override
    public Optional<CommentSubject> findPublic(long id) {
        return jdbc.sql(SUBJECTS + " where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .query(this::subject)
                .optional()
                .filter(CommentSubject::publiclyVisible);
    }

    @Override
    public Map<Long, CommentSubject> findAll(Collection<Long> ids) {
        return jdbc
                .sql(SUBJECTS + " where id in (:ids)")
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", ids)
                .query(this::subject)
                .stream()
                .collect(Collectors.toMap(CommentSubject::id, Function.identity()));
    }

    @Override
    public long countPublic() {
        return blog.publicPosts();
    }

    @Override
    public List<CommentSubject> listPublic(long offset, int limit) {
        return jdbc.sql(SUBJECTS + " where " + PUBLIC
                        + " order by published_at desc, id desc limit :limit offset :offset")
                .param("now", Timestamp.from(clock.instant()))
                .param("limit", limit)
                .param("offset", offset)
                .query(this::subject)
                .list();
    }

    private CommentSubject subject(ResultSet row, int rowNumber) throws SQLException {
        Timestamp published = row.getTimestamp("published_at");
        Instant publishedAt = published == null ? null : published.toInstant();
        return new CommentSubject(
                TYPE,
                row.getLong("id"),
                row.getString("title"),
                publishedAt == null ? null : blog.url(row.getString("slug"), publishedAt),
                publishedAt,
                row.getBoolean("publicly_visible"));
    }
}
