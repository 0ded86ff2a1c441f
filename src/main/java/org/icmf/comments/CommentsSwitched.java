package org.icmf.comments;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * The board opened or closed comments on a post or a page: logged under that post or page ({@code post}, {@code page}),
 * with the action {@code comments-opened} or {@code comments-closed}, so it shows in the subject's history.
 */
public record CommentsSwitched(
        String subjectType, long subjectId, String title, boolean open, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public CommentAction action() {
        return open ? CommentAction.COMMENTS_OPENED : CommentAction.COMMENTS_CLOSED;
    }

    @Override
    public String subjectLabel() {
        return title;
    }
}
