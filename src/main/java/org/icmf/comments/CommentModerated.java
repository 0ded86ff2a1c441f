package org.icmf.comments;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * What a moderator did to a comment (after REPLIED, the comment is the association's reply). The label names the author and the subject ("Alix — Le métier"), as the log shows it.
 */
public record CommentModerated(long commentId, String label, CommentAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    /** The audit log keeps labels of 300 characters at most. */
    public CommentModerated {
        label = label.length() > 300 ? label.substring(0, 299) + "…" : label;
    }

    @Override
    public String subjectType() {
        return "comment";
    }

    @Override
    public long subjectId() {
        return commentId;
    }

    @Override
    public String subjectLabel() {
        return label;
    }
}
