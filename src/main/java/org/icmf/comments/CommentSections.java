package org.icmf.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icmf.comments.CommentSubjects.Closure;
import org.icmf.comments.CommentViews.CommentFormView;
import org.icmf.comments.CommentViews.CommentSection;
import org.icmf.comments.CommentViews.CommentThread;
import org.icmf.comments.CommentViews.PublicComment;
import org.icmf.comments.CommentViews.Values;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.web.SpamGuard;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the modules that show commentable pages call: the comment section under a subject, and comment counts
 * for a list of subjects. Each costs one SQL statement, whatever the number of comments or subjects.
 */
@Service
@Transactional(readOnly = true)
public class CommentSections {

    private final JdbcClient jdbc;
    private final CommentSubjects subjects;
    private final CommentsProperties properties;
    private final SpamGuard spamGuard;

    CommentSections(JdbcClient jdbc, CommentSubjects subjects, CommentsProperties properties, SpamGuard spamGuard) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.properties = properties;
        this.spamGuard = spamGuard;
    }

    /**
     * The section under a subject its module shows to readers: approved comments in threads, the newest thread
     * last, {@code icmf.comments.threads-per-page} threads a page (page 0 first), and a blank form when comments
     * are open. The board's switch, the counts and the page's comments come in one statement (a second one only for
     * a page past the last, which shows the last).
     */
    public CommentSection section(CommentSubject subject, int page) {
        int perPage = properties.threadsPerPage();
        Shown shown = shown(subject, page, perPage);
        if (shown.rows().isEmpty() && shown.threads() > 0) {
            shown = shown(subject, (int) ((shown.threads() - 1) / perPage), perPage);
        }
        Closure closure = subjects.closure(subject, shown.switchOpen());
        String basePath = subjects.basePath(subject);
        List<CommentThread> threads = threads(shown.rows(), closure == Closure.OPEN ? basePath : null);
        return new CommentSection(
                subject.title(),
                subject.path(),
                basePath,
                basePath + "/feed.atom",
                new PageImpl<>(threads, PageRequest.of(shown.page(), perPage), shown.threads()),
                shown.comments(),
                closure.messageKey(),
                properties.closeAfterDays(),
                closure == Closure.OPEN ? blankForm(basePath, null) : null);
    }

    /** One page of threads with the subject's switch and counts (threads shown, comments counted as readers do). */
    private Shown shown(CommentSubject subject, int page, int perPage) {
        List<Row> rows = new ArrayList<>();
        Object[] totals = new Object[3];
        jdbc.sql("""
                with visible as (
                    select id, parent_id, erased_at, created_at from comment
                    where subject_type = :type and subject_id = :id and status = 'APPROVED'),
                roots as (
                    select v.id, v.created_at from visible v
                    where v.parent_id is null
                      and (v.erased_at is null or exists (select 1 from visible a where a.parent_id = v.id))),
                shown as (select id from roots order by created_at, id limit :limit offset :offset),
                totals as (
                    select (select open from comment_subject where subject_type = :type and subject_id = :id)
                               as switch_open,
                           (select count(*) from roots) as threads,
                           (select count(*) from visible where parent_id is null and erased_at is null)
                               + (select count(*) from visible v join visible r on r.id = v.parent_id
                                  where r.parent_id is null) as comments)
                select t.switch_open, t.threads, t.comments, c.id, c.parent_id, c.author_name, c.author_website, c.body,
                       c.from_board, c.created_at, c.edited_at, c.erased_at
                from totals t
                left join comment c on c.subject_type = :type and c.subject_id = :id and c.status = 'APPROVED'
                    and (c.id in (select id from shown) or c.parent_id in (select id from shown))
                order by c.created_at, c.id""")
                .param("type", subject.type())
                .param("id", subject.id())
                .param("limit", perPage)
                .param("offset", (long) Math.max(0, page) * perPage)
                .query((ResultSet rs) -> {
                    totals[0] = rs.getObject("switch_open");
                    totals[1] = rs.getLong("threads");
                    totals[2] = rs.getLong("comments");
                    if (rs.getObject("id") != null) {
                        rows.add(Row.of(rs));
                    }
                });
        return new Shown((Boolean) totals[0], (long) totals[1], (long) totals[2], Math.max(0, page), rows);
    }

    private record Shown(Boolean switchOpen, long threads, long comments, int page, List<Row> rows) {}

    /**
     * How many comments readers see on each of these subjects (absent: none): approved, not erased, and not a reply
     * to a thread no longer shown, as the database keeps them (V78 triggers), never counted here.
     */
    public Map<Long, Long> counts(String subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("""
                select subject_id, shown from comment_count
                where subject_type = :type and subject_id in (:ids) and shown > 0""").param("type", subjectType).param("ids", subjectIds).query((ResultSet rs) -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /** A comment of this subject that readers see and may answer, as they see it. */
    Optional<PublicComment> answerable(CommentSubject subject, long commentId) {
        return jdbc.sql("""
                select c.id, c.parent_id, c.author_name, c.author_website, c.body, c.from_board, c.created_at,
                       c.edited_at, c.erased_at
                from comment c left join comment root on root.id = c.parent_id
                where c.id = :id and c.subject_type = :type and c.subject_id = :subject and c.status = 'APPROVED'
                  and c.erased_at is null and (c.parent_id is null or root.status = 'APPROVED')""")
                .param("id", commentId)
                .param("type", subject.type())
                .param("subject", subject.id())
                .query((rs, n) -> Row.of(rs))
                .optional()
                .map(row -> row.view(null));
    }

    /** A form as first shown, with a fresh stamp. */
    CommentFormView blankForm(String action, Long replyTo) {
        return new CommentFormView(
                action,
                Values.BLANK,
                Map.of(),
                List.of(),
                spamGuard.stamp(),
                replyTo,
                properties.emailRetentionInFrench());
    }

    private static List<CommentThread> threads(List<Row> rows, String basePath) {
        Map<Long, Row> roots = new LinkedHashMap<>();
        Map<Long, List<PublicComment>> replies = new HashMap<>();
        for (Row row : rows) {
            if (row.parentId() == null) {
                roots.put(row.id(), row);
            }
        }
        for (Row row : rows) {
            if (row.parentId() != null && roots.containsKey(row.parentId())) {
                replies.computeIfAbsent(row.parentId(), id -> new ArrayList<>())
                        .add(row.view(basePath == null ? null : basePath + "?reponse=" + row.id()));
            }
        }
        List<CommentThread> threads = new ArrayList<>();
        for (Row root : roots.values()) {
            List<PublicComment> answers = replies.getOrDefault(root.id(), List.of());
            if (root.erasedAt() != null && answers.isEmpty()) {
                continue;
            }
            threads.add(new CommentThread(
                    root.view(basePath == null || root.erasedAt() != null ? null : basePath + "?reponse=" + root.id()),
                    answers));
        }
        return threads;
    }

    private record Row(
            long id,
            Long parentId,
            String authorName,
            String website,
            String body,
            boolean fromBoard,
            Instant createdAt,
            Instant editedAt,
            Instant erasedAt) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(
                    rs.getLong("id"),
                    (Long) rs.getObject("parent_id", Long.class),
                    rs.getString("author_name"),
                    rs.getString("author_website"),
                    rs.getString("body"),
                    rs.getBoolean("from_board"),
                    instant(rs.getTimestamp("created_at")),
                    instant(rs.getTimestamp("edited_at")),
                    instant(rs.getTimestamp("erased_at")));
        }

        PublicComment view(String replyPath) {
            boolean erased = erasedAt != null;
            return new PublicComment(
                    id,
                    erased ? "" : authorName,
                    erased ? null : CommentText.safeWebsite(website),
                    fromBoard,
                    createdAt,
                    erased ? "" : CommentText.html(body),
                    editedAt != null,
                    erased,
                    replyPath);
        }

        private static Instant instant(Timestamp timestamp) {
            return timestamp == null ? null : timestamp.toInstant();
        }
    }
}
