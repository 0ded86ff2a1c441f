/**
 * The job board ({@code /emplois}): community-manager jobs, internships and freelance missions, posted by a recruiter
 * through a public form (double opt-in by e-mail) or by a member from their space, published once the board approved
 * them ({@code /admin/emplois}), open until their deadline or until their poster closes them, from the link mailed to
 * them or, for a member, from their space. Each open offer has its page with schema.org {@code JobPosting} data, and
 * an Atom feed lists them; members save offers and may be told by e-mail of new ones in their region.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "mail",
            "mail :: spi",
            "members",
            "members :: spi",
            "membership",
            "privacy :: spi",
            "regions",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Offres d’emploi")
package org.icmf.jobs;

import org.springframework.modulith.ApplicationModule;
