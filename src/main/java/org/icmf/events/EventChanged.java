package org.icmf.events;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** Something the board did to an event. */
public record EventChanged(long eventId, String title, EventAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "event";
    }

    @Override
    public long subjectId() {
        return eventId;
    }

    @Override
    public String subjectLabel() {
        return title;
    }
}
