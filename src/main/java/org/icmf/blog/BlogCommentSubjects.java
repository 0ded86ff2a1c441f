package org.icmf.blog;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icmf.comments.spi.CommentSubjectSource;
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

    private final PostRepository posts;
    private final BlogService blog;
    private final Clock clock;

    BlogCommentSubjects(PostRepository posts, BlogService blog, Clock clock) {
        this.posts = posts;
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
        return posts.findSubjects(clock.instant(), List.of(id)).stream()
                .map(this::subject)
                .filter(CommentSubject::publiclyVisible)
                .findFirst();
    }

    @Override
    public Map<Long, CommentSubject> findAll(Collection<Long> ids) {
        return posts.findSubjects(clock.instant(), ids).stream()
                .map(this::subject)
                .collect(Collectors.toMap(CommentSubject::id, Function.identity()));
    }

    @Override
    public long countPublic() {
        return blog.publicPosts();
    }

    @Override
    public List<CommentSubject> listPublic(long offset, int limit) {
        return posts.findPublicSubjects(clock.instant(), offset, limit).stream()
                .map(this::subject)
                .toList();
    }

    private CommentSubject subject(PostRepository.CommentSubjectRow row) {
        return new CommentSubject(
                TYPE,
                row.getId(),
                row.getTitle(),
                row.getPublishedAt() == null ? null : blog.url(row.getSlug(), row.getPublishedAt()),
                row.getPublishedAt(),
                row.isPubliclyVisible());
    }
}
