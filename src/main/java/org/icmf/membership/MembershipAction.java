package org.icmf.membership;

import org.icmf.audit.AuditAction;

/** What the board did in membership, as the audit log records it: a decision on an application, or a payment recorded. */
public enum MembershipAction implements AuditAction {
    ACCEPTED,
    REJECTED,
    INFO_REQUESTED,
    RECORDED
}
