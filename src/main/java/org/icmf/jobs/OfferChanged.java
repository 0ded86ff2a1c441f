package org.icmf.jobs;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.web.Actor;

/** What the board did to an offer. The label is the offer's title and organisation, never its poster's address. */
record OfferChanged(long offerId, String label, JobAction action, Actor actor, Instant occurredAt)
        implements AuditedAction {

    @Override
    public String subjectType() {
        return "job-offer";
    }

    @Override
    public long subjectId() {
        return offerId;
    }

    @Override
    public String subjectLabel() {
        return label;
    }
}
