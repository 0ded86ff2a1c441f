package org.icmf.comments;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on a subject of another module (a post, a page), named by its type and id there. {@code parentId} is
 * the first comment of its thread, never a reply: threads are one level deep. The author's e-mail is never shown
 * publicly; it is null for the association's replies and once retention or an erasure took it. Of the client
 * address only SpamGuard's keyed hash is kept, for the rate limit, and not for long.
 */
@Entity
@Table(name = "comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subjectType;

    private long subjectId;

    private Long parentId;

    @Enumerated(EnumType.STRING)
    private CommentStatus status;

    private String authorName;

    private String authorEmail;

    private String authorWebsite;

    private String body;

    private boolean fromBoard;

    private Long boardAccountId;

    private boolean notifyReplies;

    private String addressHash;

    private Instant createdAt;

    private Instant editedAt;

    private String editedByName;

    private Instant decidedAt;

    private String decidedByName;

    private Instant erasedAt;

    private boolean moderatorsNotified;

    private boolean repliesNotified;

    protected Comment() {}

    /** A visitor's comment, as sent through the form. */
    static Comment byVisitor(
            String subjectType,
            long subjectId,
            Long parentId,
            Commenter author,
            String body,
            CommentStatus status,
            String addressHash,
            Instant now) {
        Comment comment = new Comment();
        comment.subjectType = subjectType;
        comment.subjectId = subjectId;
        comment.parentId = parentId;
        comment.authorName = author.name();
        comment.authorEmail = author.email();
        comment.authorWebsite = author.website();
        comment.notifyReplies = author.notifyReplies();
        comment.body = body;
        comment.status = status;
        comment.addressHash = addressHash;
        comment.createdAt = now;
        // Only what waits for a moderator is announced to them; the rest never needs it.
        comment.moderatorsNotified = status != CommentStatus.PENDING;
        return comment;
    }

    /** A board member's reply, in the association's name: shown at once. */
    static Comment byBoard(
            String subjectType, long subjectId, long parentId, long accountId, String name, String body, Instant now) {
        Comment comment = new Comment();
        comment.subjectType = subjectType;
        comment.subjectId = subjectId;
        comment.parentId = parentId;
        comment.authorName = name;
        comment.fromBoard = true;
        comment.boardAccountId = accountId;
        comment.body = body;
        comment.status = CommentStatus.APPROVED;
        comment.createdAt = now;
        comment.decidedAt = now;
        comment.decidedByName = name;
        comment.moderatorsNotified = true;
        return comment;
    }

    void decide(CommentStatus status, String byName, Instant now) {
        this.status = status;
        this.decidedAt = now;
        this.decidedByName = byName;
        // A decision on a comment that was still waiting answers the notice that was due for it.
        this.moderatorsNotified = true;
    }

    void edit(String body, String byName, Instant now) {
        this.body = body;
        this.editedAt = now;
        this.editedByName = byName;
    }

    void markModeratorsNotified() {
        this.moderatorsNotified = true;
    }

    void markRepliesNotified() {
        this.repliesNotified = true;
    }

    void stopNotifications() {
        this.notifyReplies = false;
    }

    boolean isReply() {
        return parentId != null;
    }

    /** The thread this comment opens or belongs to. */
    long rootId() {
        return parentId != null ? parentId : id;
    }

    Long getId() {
        return id;
    }

    String getSubjectType() {
        return subjectType;
    }

    long getSubjectId() {
        return subjectId;
    }

    Long getParentId() {
        return parentId;
    }

    CommentStatus getStatus() {
        return status;
    }

    String getAuthorName() {
        return authorName;
    }

    String getAuthorEmail() {
        return authorEmail;
    }

    String getAuthorWebsite() {
        return authorWebsite;
    }

    String getBody() {
        return body;
    }

    boolean isFromBoard() {
        return fromBoard;
    }

    boolean isNotifyReplies() {
        return notifyReplies;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    String getEditedByName() {
        return editedByName;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    Instant getErasedAt() {
        return erasedAt;
    }

    boolean isRepliesNotified() {
        return repliesNotified;
    }
}
