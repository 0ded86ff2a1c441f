/**
 * Membership of the association: the adhesion form with its yearly fee of free amount paid by cheque,
 * e-mail confirmation (double opt-in), review by the treasurer, members, dues, regional representatives and
 * the public member directory, and the members' RGPD rights.
 */
@ApplicationModule(displayName = "Adhésions")
package org.icmf.membership;

import org.springframework.modulith.ApplicationModule;
