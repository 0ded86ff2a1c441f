package org.icmf.awards;

import org.icmf.audit.AuditAction;

/** What the board did to an edition, or that a member voted, as the audit log records it. */
enum AwardAction implements AuditAction {
    OPENED,
    UPDATED,
    SHORTLISTED,
    UNSHORTLISTED,
    RESULTS_PUBLISHED,
    VOTED
}
