package org.icmf.comments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icmf.comments.spi.CommentSubjectSource;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subjects comments are about, as their modules describe them ({@link CommentSubjectSource}), and whether
 * they take comments: the board's switch (table {@code comment_subject}; without a row, the module's default:
 * open for posts, closed for pages), and for what has a publication date, its age.
 */
@Component
class CommentSubjects {

    /** Why a subject takes no comment, if it takes none. */
    enum Closure {
        OPEN(null),
        CLOSED("comments.closed"),
        CLOSED_BY_AGE("comments.closed.age");

        private final String messageKey;

        Closure(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final Map<String, CommentSubjectSource> byType;
    private final Map<String, CommentSubjectSource> byPathName;
    private final JdbcClient jdbc;
    private final CommentsProperties properties;
    private final Clock clock;

    CommentSubjects(List<CommentSubjectSource> sources, JdbcClient jdbc, CommentsProperties properties, Clock clock) {
        this.byType = sources.stream().collect(Collectors.toMap(CommentSubjectSource::type, Function.identity()));
        this.byPathName =
                sources.stream().collect(Collectors.toMap(CommentSubjectSource::pathName, Function.identity()));
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The public subject a comment URL names ({@code /commentaires/article/12}), if readers can see it. */
    Optional<CommentSubject> findPublic(String pathName, long id) {
        return Optional.ofNullable(byPathName.get(pathName)).flatMap(source -> source.findPublic(id));
    }

    Optional<CommentSubject> findPublicOfType(String type, long id) {
        return Optional.ofNullable(byType.get(type)).flatMap(source -> source.findPublic(id));
    }

    /** Subjects of comments by type then id, whatever their state, for the moderators' lists. */
    Map<String, Map<Long, CommentSubject>> findAll(Map<String, ? extends Collection<Long>> idsByType) {
        Map<String, Map<Long, CommentSubject>> found = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            CommentSubjectSource source = byType.get(type);
            found.put(type, source == null || ids.isEmpty() ? Map.of() : source.findAll(ids));
        });
        return found;
    }

    Optional<CommentSubject> find(String type, long id) {
        return Optional.ofNullable(findAll(Map.of(type, List.of(id))).get(type).get(id));
    }

    /** A page of the public subjects of every kind, posts first, newest first within each kind. */
    Page<CommentSubject> listPublic(Pageable page) {
        List<CommentSubject> found = new ArrayList<>();
        long offset = page.getOffset();
        long total = 0;
        for (CommentSubjectSource source : byType.values().stream()
                .sorted((a, b) -> b.type().compareTo(a.type()))
                .toList()) {
            long count = source.countPublic();
            total += count;
            int wanted = page.getPageSize() - found.size();
            if (wanted > 0 && offset < count) {
                found.addAll(source.listPublic(offset, wanted));
            }
            offset = Math.max(0, offset - count);
        }
        return new PageImpl<>(found, page, total);
    }

    /** Where comments on a subject are sent and read: {@code /commentaires/article/12}. */
    String basePath(CommentSubject subject) {
        CommentSubjectSource source = byType.get(subject.type());
        if (source == null) {
            throw new IllegalArgumentException("No comment subject source for " + subject.type());
        }
        return "/commentaires/" + source.pathName() + "/" + subject.id();
    }

    /** Whether a subject takes comments, with its switch as read already (null: no row, the default). */
    Closure closure(CommentSubject subject, Boolean switchOpen) {
        CommentSubjectSource source = byType.get(subject.type());
        boolean open = switchOpen != null ? switchOpen : source != null && source.openByDefault();
        if (!open || !subject.publiclyVisible()) {
            return Closure.CLOSED;
        }
        if (subject.publishedAt() != null
                && subject.publishedAt().plus(properties.closeAfter()).isBefore(clock.instant())) {
            return Closure.CLOSED_BY_AGE;
        }
        return Closure.OPEN;
    }

    Closure closure(CommentSubject subject) {
        return closure(subject, switchOf(subject.type(), subject.id()));
    }

    /** The board's switch for a subject, or null when it never set one. */
    Boolean switchOf(String type, long id) {
        return jdbc.sql("select open from comment_subject where subject_type = :type and subject_id = :id")
                .param("type", type)
                .param("id", id)
                .query(Boolean.class)
                .optional()
                .orElse(null);
    }

    Map<Long, Boolean> switches(String type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Boolean> switches = new HashMap<>();
        jdbc.sql("select subject_id, open from comment_subject where subject_type = :type and subject_id in (:ids)")
                .param("type", type)
                .param("ids", ids)
                .query((row, n) -> Map.entry(row.getLong(1), row.getBoolean(2)))
                .list()
                .forEach(entry -> switches.put(entry.getKey(), entry.getValue()));
        return switches;
    }

    void setSwitch(String type, long id, boolean open) {
        jdbc.sql("""
                insert into comment_subject (subject_type, subject_id, open) values (:type, :id, :open)
                on conflict (subject_type, subject_id) do update set open = excluded.open""").param("type", type).param("id", id).param("open", open).update();
    }

    /** The word for a kind of subject in URLs: {@code article} for {@code post}. */
    String pathNameOf(String type) {
        CommentSubjectSource source = byType.get(type);
        return source == null ? type : source.pathName();
    }

    Collection<String> types() {
        return byType.keySet();
    }
}
