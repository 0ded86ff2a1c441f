package org.icmf.comments;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icmf.audit.AuditLog;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.privacy.spi.PersonalDataSource;
import org.icmf.web.FrenchDates;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments written with an e-mail address (RGPD), shown on "Mes données" with the address they were sent with.
 * <p>
 * Erasing deletes them, with one exception: a first comment that others have answered is anonymised instead — name,
 * e-mail, website, text and address hash emptied, shown as "Commentaire effacé à la demande de son auteur" — because
 * deleting it would take the other people's replies with it (or leave them answering nothing). Nothing of the author
 * stays; the thread stays readable. The audit log keeps the moderators' actions on these comments without the name.
 */
@Component
@Order(3)
class CommentPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final CommentSubjects subjects;
    private final AuditLog audit;
    private final FrenchDates dates;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    CommentPersonalData(
            JdbcClient jdbc,
            CommentSubjects subjects,
            AuditLog audit,
            FrenchDates dates,
            MessageSourceAccessor messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.audit = audit;
        this.dates = dates;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String title() {
        return messages.getMessage("comment.data.title");
    }

    private record Row(
            long id,
            String subjectType,
            long subjectId,
            String status,
            Timestamp createdAt,
            String authorName,
            String authorEmail,
            String authorWebsite,
            String body,
            boolean notifyReplies) {}

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, String>> find(String email) {
        List<Row> rows = jdbc.sql("""
                select id, subject_type, subject_id, status, created_at, author_name, author_email, author_website, body,
                       notify_replies
                from comment where lower(author_email) = :email order by id""").param("email", email).query(Row.class).list();
        Map<String, Set<Long>> idsByType = new HashMap<>();
        rows.forEach(row -> idsByType
                .computeIfAbsent(row.subjectType(), type -> new HashSet<>())
                .add(row.subjectId()));
        Map<String, Map<Long, CommentSubject>> subjectsOf = subjects.findAll(idsByType);
        return rows.stream()
                .map(row -> {
                    CommentSubject subject =
                            subjectsOf.getOrDefault(row.subjectType(), Map.of()).get(row.subjectId());
                    Map<String, String> record = new LinkedHashMap<>();
                    record.put(label("subject"), subject == null ? "" : subject.title());
                    record.put(
                            label("sentAt"), dates.longDateTime(row.createdAt().toInstant()));
                    record.put(
                            label("state"),
                            messages.getMessage(
                                    CommentStatus.valueOf(row.status()).stateKey()));
                    record.put(label("name"), row.authorName());
                    record.put(label("email"), row.authorEmail());
                    record.put(label("website"), row.authorWebsite() == null ? "" : row.authorWebsite());
                    record.put(label("text"), row.body());
                    record.put(
                            label("notifyReplies"),
                            messages.getMessage(row.notifyReplies() ? "answer.yes" : "answer.no"));
                    return record;
                })
                .toList();
    }

    /** A field's name: {@code comment.data.<field>} in messages.properties. */
    private String label(String field) {
        return messages.getMessage("comment.data." + field);
    }

    @Override
    @Transactional
    public int erase(String email) {
        // Their replies first: a reply never has replies of its own.
        List<Long> erased = new ArrayList<>(jdbc.sql(
                        "delete from comment where lower(author_email) = :email and parent_id is not null returning id")
                .param("email", email)
                .query(Long.class)
                .list());
        List<Long> anonymised = jdbc.sql("""
                update comment c set author_name = '', author_email = null, author_website = null, body = '',
                       notify_replies = false, address_hash = null, erased_at = :now
                where lower(c.author_email) = :email and exists (select 1 from comment r where r.parent_id = c.id)
                returning id""")
                .param("email", email)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
        if (!anonymised.isEmpty()) {
            jdbc.sql("delete from comment_unsubscribe where comment_id in (:ids)")
                    .param("ids", anonymised)
                    .update();
        }
        erased.addAll(anonymised);
        erased.addAll(jdbc.sql("delete from comment where lower(author_email) = :email returning id")
                .param("email", email)
                .query(Long.class)
                .list());
        String erasedLabel = messages.getMessage("comment.data.erasedLabel");
        erased.forEach(id -> audit.relabel("comment", id, erasedLabel));
        return erased.size();
    }
}
