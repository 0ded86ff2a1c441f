/**
 * Standalone pages of the site (le métier, la charte, l'association, adhérer, the legal pages, …), stored in the
 * database; the legal pages' facts come from the configuration through placeholders ({@code LegalPlaceholders}).
 */
@ApplicationModule(
        allowedDependencies = {
            "admin :: spi",
            "audit",
            "comments",
            "comments :: spi",
            "editing",
            "privacy :: spi",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Pages")
package org.icmf.pages;

import org.springframework.modulith.ApplicationModule;
