/**
 * What search engines read: {@code /sitemap.xml} gathered from every module's public pages
 * ({@link org.icmf.sitemap.spi.SitemapSource}) and {@code /robots.txt}.
 */
@ApplicationModule(
        allowedDependencies = {"web"},
        displayName = "Plan du site")
package org.icmf.sitemap;

import org.springframework.modulith.ApplicationModule;
