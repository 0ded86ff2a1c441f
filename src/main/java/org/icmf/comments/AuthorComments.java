package org.icmf.comments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The comments written with an address, as their author's members' space lists them, the latest first. */
@Service
@Transactional(readOnly = true)
public class AuthorComments {

    /**
     * @param stateKey the message key of where it stands (published, waiting for moderation…)
     * @param url      where it is read, null when it is not shown (waiting, refused, or its page unpublished)
     */
    public record OwnComment(String subjectTitle, String url, Instant sentAt, String stateKey, String text) {}

    private record Row(long id, String subjectType, long subjectId, String status, Timestamp createdAt, String body) {}

    private final JdbcClient jdbc;
    private final CommentSubjects subjects;

    AuthorComments(JdbcClient jdbc, CommentSubjects subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    /** The comments of an address (stripped, lower case). */
    public List<OwnComment> of(String email) {
        List<Row> rows = jdbc.sql("""
                select id, subject_type, subject_id, status, created_at, body
                from comment where lower(author_email) = :email order by created_at desc, id desc""").param("email", email).query(Row.class).list();
        Map<String, Set<Long>> idsByType = new HashMap<>();
        rows.forEach(row -> idsByType
                .computeIfAbsent(row.subjectType(), type -> new HashSet<>())
                .add(row.subjectId()));
        Map<String, Map<Long, CommentSubject>> subjectsOf = subjects.findAll(idsByType);
        return rows.stream()
                .map(row -> {
                    CommentSubject subject =
                            subjectsOf.getOrDefault(row.subjectType(), Map.of()).get(row.subjectId());
                    CommentStatus status = CommentStatus.valueOf(row.status());
                    boolean shown = subject != null && subject.publiclyVisible() && status == CommentStatus.APPROVED;
                    return new OwnComment(
                            subject == null ? "" : subject.title(),
                            shown ? subject.path() + "#commentaire-" + row.id() : null,
                            row.createdAt().toInstant(),
                            status.stateKey(),
                            row.body());
                })
                .toList();
    }
}
