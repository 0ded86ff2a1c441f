package org.icmf.jobs;

import org.icmf.audit.AuditAction;

/** What the board (or the site, for expiry) did to an offer, as the audit log records it. */
enum JobAction implements AuditAction {
    APPROVED,
    REJECTED,
    UPDATED,
    CLOSED
}
