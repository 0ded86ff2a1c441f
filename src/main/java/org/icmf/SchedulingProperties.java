package org.icmf;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled jobs ({@link SchedulingConfiguration}).
 *
 * @param enabled whether the jobs run on their schedules; the tests turn them off and run the jobs they check
 */
@ConfigurationProperties("icmf.scheduling")
record SchedulingProperties(@DefaultValue("true") boolean enabled) {}
