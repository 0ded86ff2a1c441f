package org.icmf.web.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The reader cache ({@link ReaderCache}).
 *
 * @param enabled       whether public pages are served from memory at all
 * @param maximumSize   the memory its pages may take, plain and compressed bytes together
 * @param timeToLive    how long a page is served before it is rendered again, for what changes with time alone (a
 *                      post scheduled for later, an event that has passed); while the database is unreachable, an
 *                      older page is still served rather than an error
 * @param checkInterval how often this instance reads the content version ({@link ContentVersions}); zero reads it
 *                      before every answer
 * @param socketWriteBuffer what Tomcat gathers for each connection before one write to the network: a cached page
 *                      and its headers up to this size leave in a single write
 */
@ConfigurationProperties("icmf.cache")
public record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("64MB") DataSize maximumSize,
        @DefaultValue("1m") Duration timeToLive,
        @DefaultValue("500ms") Duration checkInterval,
        @DefaultValue("32KB") DataSize socketWriteBuffer) {}
