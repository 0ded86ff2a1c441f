package org.icmf.tips;

import org.icmf.audit.AuditAction;

/** What the board did to a tip, as the audit log records it. */
public enum TipAction implements AuditAction {
    APPROVED,
    REJECTED,
    EDITED,
    UNPUBLISHED
}
