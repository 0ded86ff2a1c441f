package org.icmf.editing;

import java.time.Clock;
import org.icmf.web.Markdown;
import org.icmf.web.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every {@link ContentEditor} needs besides its repositories: its events, the trash's retention, the time and
 * the Markdown renderer.
 */
@Component
public record EditorSupport(ApplicationEventPublisher events, SiteProperties site, Clock clock, Markdown markdown) {}
