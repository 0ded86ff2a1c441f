package org.icmf.awards;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/**
 * What happened to an edition ({@code award-edition}, by the board) or that a member voted ({@code award-vote}: the
 * subject is the member, the label the edition and category, never the finalist chosen).
 */
record AwardChanged(
        String subjectType, long subjectId, String subjectLabel, AwardAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    static final String EDITION = "award-edition";
    static final String VOTE = "award-vote";
}
