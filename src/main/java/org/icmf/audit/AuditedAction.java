package org.icmf.audit;

import java.time.Instant;
import org.icmf.web.Actor;

/**
 * An event of some module that the audit log records: modules publish their own events (a post published,
 * an account deactivated, …) and make them describe themselves through this interface, so that the log
 * needs to know none of them.
 */
public interface AuditedAction {

    /** When it happened. */
    Instant occurredAt();

    Actor actor();

    /** What kind of thing it happened to: {@code post}, {@code page}, {@code image}, {@code account}, … */
    String subjectType();

    /** What happened to it: a constant of the module's own enum of actions. */
    AuditAction action();

    long subjectId();

    /** The subject's title or name at that time, as the log shows it even after a deletion. */
    String subjectLabel();
}
