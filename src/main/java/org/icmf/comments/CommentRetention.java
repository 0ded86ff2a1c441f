package org.icmf.comments;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the comment form announces (RGPD), enforced every night: the hash of a commenter's client address is
 * forgotten after {@code icmf.comments.address-retention}, their e-mail address after
 * {@code icmf.comments.email-retention} (the comment stays published, without reply e-mails), refused and spam
 * comments are deleted {@code icmf.comments.discarded-retention} after the decision, and the comments of a post or
 * page that no longer exists (purged from its trash) go with it.
 */
@Service
@Transactional
public class CommentRetention {

    private final JdbcClient jdbc;
    private final CommentSubjects subjects;
    private final CommentsProperties properties;
    private final Clock clock;

    CommentRetention(JdbcClient jdbc, CommentSubjects subjects, CommentsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.properties = properties;
        this.clock = clock;
    }

    /** The nightly run: one instance at a time (ShedLock), the others skip it. */
    @Scheduled(cron = "${icmf.comments.retention-cron:0 40 4 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "comments.retention")
    void enforceOnSchedule() {
        enforce();
    }

    /** Returns how many comments were changed or deleted. */
    public int enforce() {
        Instant now = clock.instant();
        int changed = jdbc.sql(
                        "update comment set address_hash = null where address_hash is not null and created_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(properties.addressRetention())))
                .update();
        Timestamp emailCutoff = Timestamp.from(now.minus(properties.emailRetention()));
        jdbc.sql("""
                delete from comment_unsubscribe where comment_id in
                    (select id from comment where author_email is not null and created_at < :cutoff)""").param("cutoff", emailCutoff).update();
        changed += jdbc.sql("""
                update comment set author_email = null, notify_replies = false
                where author_email is not null and created_at < :cutoff""").param("cutoff", emailCutoff).update();
        changed += jdbc.sql("""
                delete from comment where status in ('SPAM', 'REJECTED') and coalesce(decided_at, created_at) < :cutoff""")
                .param("cutoff", Timestamp.from(now.minus(properties.discardedRetention())))
                .update();
        return changed + deleteOrphans();
    }

    /** Comments whose subject its module no longer knows (a post or page deleted for good). */
    private int deleteOrphans() {
        Map<String, Set<Long>> idsByType = new HashMap<>();
        jdbc.sql("select distinct subject_type, subject_id from comment").query((ResultSet row) -> {
            idsByType.computeIfAbsent(row.getString(1), type -> new HashSet<>()).add(row.getLong(2));
        });
        int deleted = 0;
        for (Map.Entry<String, Set<Long>> type : idsByType.entrySet()) {
            if (!subjects.types().contains(type.getKey())) {
                continue;
            }
            Set<Long> gone = new HashSet<>(type.getValue());
            gone.removeAll(subjects.findAll(Map.of(type.getKey(), type.getValue()))
                    .get(type.getKey())
                    .keySet());
            if (!gone.isEmpty()) {
                deleted += jdbc.sql("delete from comment where subject_type = :type and subject_id in (:ids)")
                        .param("type", type.getKey())
                        .param("ids", gone)
                        .update();
                jdbc.sql("delete from comment_subject where subject_type = :type and subject_id in (:ids)")
                        .param("type", type.getKey())
                        .param("ids", gone)
                        .update();
            }
        }
        return deleted;
    }
}
