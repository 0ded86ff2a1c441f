package org.icmf.members;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param signInLinkValidity  how long an e-mailed sign-in link works (once)
 * @param sessionIdleTimeout  a member's session ends after this long without a request
 * @param sessionMaxLifetime  and after this long however active it is
 */
@ConfigurationProperties("icmf.members")
record MembersProperties(
        @DefaultValue("15m") Duration signInLinkValidity,
        @DefaultValue("1h") Duration sessionIdleTimeout,
        @DefaultValue("12h") Duration sessionMaxLifetime) {}
