package org.icmf.membership.dues;

import java.time.Instant;
import org.icmf.audit.AuditedAction;
import org.icmf.membership.MembershipAction;
import org.icmf.web.Actor;

/** The treasurer recorded a cheque paying the dues of one or more members. */
public record PaymentRecorded(long paymentId, String label, Actor actor, Instant occurredAt) implements AuditedAction {

    @Override
    public String subjectType() {
        return "payment";
    }

    @Override
    public MembershipAction action() {
        return MembershipAction.RECORDED;
    }

    @Override
    public long subjectId() {
        return paymentId;
    }

    @Override
    public String subjectLabel() {
        return label;
    }
}
