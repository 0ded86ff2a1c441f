/**
 * The media library: images uploaded by the board (JPEG, PNG, WebP, safe SVG), stored in PostgreSQL and
 * served at content-addressed URLs {@code /media/{hash}.{ext}} that posts embed in their Markdown.
 */
@ApplicationModule(
        allowedDependencies = {"audit", "security", "security :: spi", "web"},
        displayName = "Media")
package org.icmf.media;

import org.springframework.modulith.ApplicationModule;
