/**
 * Members' tips ({@code /astuces}): a signed-in member writes a short tip in Markdown under one label, from their
 * space ({@code /espace-membre/astuces}); a member's tips wait for the board's moderation ({@code /admin/astuces})
 * until one is approved, later ones publish at once unless the spam rules or readers' flags send them back. Members
 * mark a tip "utile" once; readers list tips by newest or most useful, by label, and find them through the site
 * search ({@link org.icmf.blog.spi.SearchSource}).
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "blog :: spi",
            "mail",
            "members",
            "membership",
            "privacy :: spi",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Astuces")
package org.icmf.tips;

import org.springframework.modulith.ApplicationModule;
