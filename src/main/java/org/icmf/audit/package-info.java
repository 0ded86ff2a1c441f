/**
 * The audit log: who created, edited, published, deleted what and when. Fed by the events of the other
 * modules (after their transaction commits, recorded durably by the event publication registry), read by
 * administrators at {@code /admin/journal}.
 */
@ApplicationModule(
        allowedDependencies = {"web"},
        displayName = "Journal d'audit")
package org.icmf.audit;

import org.springframework.modulith.ApplicationModule;
