package org.icmf.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.icmf.comments.spi.CommentSubjectSource.CommentSubject;
import org.icmf.web.SpamGuard;
import org.icmf.web.SpamGuard.Verdict;
import org.icmf.web.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor's comment, from the sent form to the stored row: spam checks, rate limit, moderation, and the e-mails a
 * published reply calls for — all in one transaction.
 */
@Service
@Transactional
class CommentPosting {

    /** What became of a sent comment. */
    enum Result {
        /** shown at once (a known author) */
        PUBLISHED,
        /** waits for a moderator */
        PENDING,
        /** kept in the spam folder; the visitor is told it waits, like any other */
        SPAM,
        /** a robot filled the hidden field: nothing stored, the visitor is told it waits */
        ROBOT,
        /** sent sooner than a person could type: the form is shown again */
        TOO_FAST,
        /** the form's stamp is missing, forged or too old: the form is shown again */
        STALE_FORM,
        /** too many comments from this address or e-mail lately: nothing stored */
        TOO_FREQUENT
    }

    record Outcome(Result result, Long commentId) {}

    private final CommentRepository comments;
    private final SpamGuard spamGuard;
    private final ReplyNotifications notifications;
    private final CommentsProperties properties;
    private final Clock clock;
    private final JdbcClient jdbc;

    CommentPosting(
            CommentRepository comments,
            SpamGuard spamGuard,
            ReplyNotifications notifications,
            CommentsProperties properties,
            Clock clock,
            JdbcClient jdbc) {
        this.comments = comments;
        this.spamGuard = spamGuard;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * The first comment of the thread a visitor answers, if it belongs to this subject and readers see it; replies
     * to replies attach to the thread's first comment, so threads stay one level deep.
     */
    @Transactional(readOnly = true)
    Optional<Long> threadToAnswer(CommentSubject subject, long commentId) {
        return comments.findById(commentId)
                .filter(comment -> comment.getSubjectType().equals(subject.type())
                        && comment.getSubjectId() == subject.id()
                        && comment.getStatus() == CommentStatus.APPROVED
                        && comment.getErasedAt() == null)
                .map(Comment::rootId)
                .filter(root -> root.equals(commentId)
                        || comments.findById(root)
                                .filter(first -> first.getStatus() == CommentStatus.APPROVED)
                                .isPresent());
    }

    /** Judges and stores a valid form sent about an open subject, from a client address (only hashed). */
    Outcome submit(CommentSubject subject, Long threadId, CommentForm form, String remoteAddress) {
        Verdict verdict = spamGuard.check(form.stamp(), form.homepage(), form.text(), form.name());
        switch (verdict) {
            case HONEYPOT:
                return new Outcome(Result.ROBOT, null);
            case TOO_FAST:
                return new Outcome(Result.TOO_FAST, null);
            case STALE_FORM:
                return new Outcome(Result.STALE_FORM, null);
            default:
                break;
        }
        Commenter author = form.commenter();
        String addressHash = spamGuard.addressHash(remoteAddress);
        // Parallel comments from one address or e-mail, on any instance, are counted one after the other.
        TransactionLocks.hold(jdbc, "comments:address:" + addressHash);
        TransactionLocks.hold(jdbc, "comments:email:" + author.email());
        Instant since = spamGuard.rateWindowStart();
        if (spamGuard.tooFrequent(
                comments.countFromAddressSince(addressHash, since),
                comments.countFromEmailSince(author.email(), since))) {
            return new Outcome(Result.TOO_FREQUENT, null);
        }
        CommentStatus status = ModerationPolicy.initialStatus(
                verdict, comments.hasApprovedComment(author.email()), properties.trustKnownAuthors());
        Comment comment = comments.save(Comment.byVisitor(
                subject.type(),
                subject.id(),
                threadId,
                author,
                form.normalisedText(),
                status,
                addressHash,
                clock.instant()));
        if (status == CommentStatus.APPROVED) {
            notifications.published(comment);
        }
        return new Outcome(
                switch (status) {
                    case APPROVED -> Result.PUBLISHED;
                    case SPAM -> Result.SPAM;
                    default -> Result.PENDING;
                },
                comment.getId());
    }
}
