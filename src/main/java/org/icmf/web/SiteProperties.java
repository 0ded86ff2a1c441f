package org.icmf.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's identity, shown in the layout and used for absolute links (feeds, sitemap, canonical URLs).
 *
 * @param baseUrl public address of the site, without trailing slash; absolute links are built from it
 *                rather than from the request's Host header, which a client controls
 * @param trashRetention how long a deleted post or page waits in the trash, where it can be put back,
 *                before it is purged
 */
@ConfigurationProperties("icmf.site")
public record SiteProperties(
        @DefaultValue("Institut des Community Managers Français")
        String name,

        @DefaultValue("ICMF") String shortName,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("20 bis, rue Alleron") String streetAddress,
        @DefaultValue("37000") String postalCode,
        @DefaultValue("Tours") String city,
        @DefaultValue("30d") Duration trashRetention) {

    /** Absolute URL of a site path such as {@code /blog/2009/05/bienvenue}. */
    public String absoluteUrl(String path) {
        return UriComponentsBuilder.fromUri(baseUrl).path(path).build().toUriString();
    }
}
