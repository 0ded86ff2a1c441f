package org.icmf.audit;

import java.util.Locale;

/**
 * What happened, as one constant of a module's own enum ({@code PostAction.PUBLISHED}, {@code AccountAction.CREATED}).
 * Its code is what {@code audit_entry.action} stores, what the journal filters on and what its French labels
 * ({@code audit.action.<code>} in messages.properties) are keyed by: the constant's name in lower case, words joined
 * by hyphens ({@code REVISION_RESTORED} is {@code revision-restored}).
 */
public interface AuditAction {

    /** The enum constant's name: implemented by every enum. */
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
