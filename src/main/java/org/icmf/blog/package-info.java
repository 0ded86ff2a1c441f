/**
 * The news blog: posts, labels, archives by month, full-text search, Atom/RSS feeds and sitemap entries.
 */
@ApplicationModule(
        allowedDependencies = {
            "admin :: spi",
            "audit",
            "comments",
            "comments :: spi",
            "editing",
            "media",
            "security",
            "security :: spi",
            "sitemap :: spi",
            "web"
        },
        displayName = "Blog")
package org.icmf.blog;

import org.springframework.modulith.ApplicationModule;
