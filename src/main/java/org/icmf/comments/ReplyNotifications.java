package org.icmf.comments;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.mail.MailOutbox;
import org.icmf.web.SiteProperties;
import org.icmf.web.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commenters who asked to be told of replies get an e-mail when a reply to their thread is published (approved by
 * a moderator, from a known author, or the association's), once per reply, with a link to stop these e-mails for
 * that thread. The link's token is stored hashed ({@code comment_unsubscribe}); opening it asks before acting, so
 * that a mail scanner following links changes nothing.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ReplyNotifications {

    static final String UNSUBSCRIBE_PATH = "/commentaires/desabonnement/";

    private final CommentRepository comments;
    private final CommentSubjects subjects;
    private final MailOutbox mail;
    private final JdbcClient jdbc;
    private final SiteProperties site;
    private final Clock clock;

    ReplyNotifications(
            CommentRepository comments,
            CommentSubjects subjects,
            MailOutbox mail,
            JdbcClient jdbc,
            SiteProperties site,
            Clock clock) {
        this.comments = comments;
        this.subjects = subjects;
        this.mail = mail;
        this.jdbc = jdbc;
        this.site = site;
        this.clock = clock;
    }

    /** Called when a comment is published: if it is a reply not announced yet, tells the thread's subscribers. */
    void published(Comment reply) {
        if (!reply.isReply() || reply.isRepliesNotified() || reply.getStatus() != CommentStatus.APPROVED) {
            return;
        }
        reply.markRepliesNotified();
        List<Comment> thread = comments.findThread(reply.rootId());
        if (thread.stream()
                .noneMatch(
                        first -> first.getId().equals(reply.rootId()) && first.getStatus() == CommentStatus.APPROVED)) {
            // The thread is not shown (its first comment was refused): neither is the reply.
            return;
        }
        Optional<CommentSubject> subject =
                subjects.find(reply.getSubjectType(), reply.getSubjectId()).filter(CommentSubject::publiclyVisible);
        if (subject.isEmpty()) {
            return;
        }
        // One mail per address, about that address's first comment in the thread (its link stops them all).
        Map<String, Comment> subscribers = new LinkedHashMap<>();
        for (Comment comment : thread) {
            if (comment.getStatus() == CommentStatus.APPROVED
                    && comment.isNotifyReplies()
                    && comment.getAuthorEmail() != null
                    && !comment.getId().equals(reply.getId())
                    && !comment.getAuthorEmail().equalsIgnoreCase(String.valueOf(reply.getAuthorEmail()))) {
                subscribers.putIfAbsent(comment.getAuthorEmail(), comment);
            }
        }
        subscribers.forEach((email, subscription) -> {
            String token = Tokens.random();
            jdbc.sql(
                            "insert into comment_unsubscribe (token_hash, comment_id, created_at) values (:hash, :comment, :now)")
                    .param("hash", Tokens.hash(token))
                    .param("comment", subscription.getId())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            // A commenter's address is never confirmed: the mail names no one and quotes no text, it only points to the
            // thread (the reply's author typed their name and text, the subscriber typed their own name).
            Map<String, Object> model = new HashMap<>();
            model.put("fromBoard", reply.isFromBoard());
            model.put("subjectTitle", subject.get().title());
            model.put("link", site.absoluteUrl(subject.get().path() + "#commentaire-" + reply.getId()));
            model.put("unsubscribeLink", site.absoluteUrl(UNSUBSCRIBE_PATH + token));
            mail.queue(email, "comments/reply-notice", model);
        });
    }

    /** The comment whose subscription a link stops, if the link is one the site sent. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Long> subscriptionOf(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select comment_id from comment_unsubscribe where token_hash = :hash")
                .param("hash", Tokens.hash(token))
                .query(Long.class)
                .optional();
    }

    /**
     * Stops the reply e-mails of a thread for the address a link was sent to (every comment of that address in the
     * thread); false when the link is unknown. Doing it twice changes nothing more.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean unsubscribe(String token) {
        Optional<Comment> subscription = subscriptionOf(token).flatMap(comments::findById);
        if (subscription.isEmpty()) {
            return false;
        }
        Comment comment = subscription.get();
        if (comment.getAuthorEmail() != null) {
            List<Comment> thread = comments.findThread(comment.rootId());
            thread.stream()
                    .filter(c -> comment.getAuthorEmail().equalsIgnoreCase(String.valueOf(c.getAuthorEmail())))
                    .forEach(Comment::stopNotifications);
        }
        comment.stopNotifications();
        return true;
    }
}
