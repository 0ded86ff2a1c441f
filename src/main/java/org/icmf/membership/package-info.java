/**
 * Membership of the association: the adhesion form with its yearly fee of free amount paid by cheque,
 * e-mail confirmation (double opt-in), review by the treasurer, members, dues, regional representatives and
 * the public member directory, and the members' RGPD rights.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "mail",
            "mail :: spi",
            "pages",
            "privacy :: spi",
            "regions",
            "regions :: spi",
            "security",
            "security :: spi",
            "web"
        },
        displayName = "Adhésions")
package org.icmf.membership;

import org.springframework.modulith.ApplicationModule;
