package org.icmf.comments;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.mail.MailOutbox;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.web.FrenchDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the moderators (and administrators) of the comments waiting for them, in batches: every
 * {@code icmf.comments.moderator-notice-interval}, one e-mail each lists what arrived since the last one, and
 * nothing is sent when nothing arrived. The comments listed are locked ({@code skip locked}) and marked in the
 * transaction that queues the mails, so two instances never announce the same comment.
 */
@Component
class ModeratorNotices {

    private static final Logger log = LoggerFactory.getLogger(ModeratorNotices.class);

    private final CommentRepository comments;
    private final CommentSubjects subjects;
    private final BoardAccounts accounts;
    private final MailOutbox mail;
    private final FrenchDates dates;

    ModeratorNotices(
            CommentRepository comments,
            CommentSubjects subjects,
            BoardAccounts accounts,
            MailOutbox mail,
            FrenchDates dates) {
        this.comments = comments;
        this.subjects = subjects;
        this.accounts = accounts;
        this.mail = mail;
        this.dates = dates;
    }

    @Scheduled(
            fixedDelayString = "${icmf.comments.moderator-notice-interval:30m}",
            initialDelayString = "${icmf.comments.moderator-notice-interval:30m}")
    @SchedulerLock(name = "comments.moderator-notices")
    @Transactional // send() called from here is not proxied: without this it would run without a transaction
    void sendOnSchedule() {
        send();
    }

    /** One e-mail per moderator listing the comments that arrived since the last notice; returns how many mails. */
    @Transactional
    public int send() {
        List<Comment> arrived = comments.lockUnannounced();
        if (arrived.isEmpty()) {
            return 0;
        }
        Map<String, Set<Long>> idsByType = new HashMap<>();
        arrived.forEach(comment -> idsByType
                .computeIfAbsent(comment.getSubjectType(), type -> new HashSet<>())
                .add(comment.getSubjectId()));
        Map<String, Map<Long, CommentSubject>> subjectsOf = subjects.findAll(idsByType);
        List<Map<String, Object>> listed = arrived.stream()
                .map(comment -> {
                    CommentSubject subject = subjectsOf
                            .getOrDefault(comment.getSubjectType(), Map.of())
                            .get(comment.getSubjectId());
                    Map<String, Object> item = new HashMap<>();
                    item.put("authorName", comment.getAuthorName());
                    item.put("subjectTitle", subject == null ? "?" : subject.title());
                    item.put("date", dates.longDateTime(comment.getCreatedAt()));
                    item.put("excerpt", CommentText.excerpt(comment.getBody(), 200));
                    return item;
                })
                .toList();
        arrived.forEach(Comment::markModeratorsNotified);
        List<String> moderators = accounts.activeEmailsWithRole(Role.MODERATOR);
        if (moderators.isEmpty()) {
            log.warn(
                    "{} comment(s) wait for moderation but no active account holds the MODERATOR or ADMIN role",
                    arrived.size());
        }
        for (String moderator : moderators) {
            Map<String, Object> model = new HashMap<>();
            model.put("count", arrived.size());
            model.put("comments", listed);
            mail.queue(moderator, "comments/moderation-notice", model);
        }
        return moderators.size();
    }
}
