/**
 * The ICMF awards ({@code /trophees}): the board opens an edition each year with its categories and dates
 * ({@code /admin/trophees}); members nominate a person per category from their space, the board shortlists a few,
 * members vote once per category by secret ballot (what was chosen is stored apart from who voted), and the board
 * publishes the results on the edition's page and as a blog post draft.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "blog",
            "members",
            "membership",
            "privacy :: spi",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Trophées")
package org.icmf.awards;

import org.springframework.modulith.ApplicationModule;
