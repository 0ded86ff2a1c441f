package org.icmf.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail    e-mail of the first administrator, created at start-up when no account exists
 *                      ({@code ICMF_ADMIN_EMAIL}); never committed
 * @param adminPassword its password ({@code ICMF_ADMIN_PASSWORD}), 12 characters to 72 bytes; never committed
 * @param login         login throttling
 * @param session       how long a board session lives (its idle timeout is {@code spring.session.timeout})
 */
@ConfigurationProperties("icmf.security")
public record SecurityProperties(
        String adminEmail,
        String adminPassword,
        @DefaultValue Login login,
        @DefaultValue Session session) {

    /**
     * Failed logins are counted per client address and e-mail pair, and per client address across e-mails.
     * Past a limit each further failure makes the next try wait, {@code firstDelay} then twice as long each
     * time up to {@code maxDelay}.
     *
     * @param maxFailures           failures allowed for one address and e-mail before delays start
     * @param maxFailuresPerAddress failures allowed from one address, whatever the e-mails, before delays start
     * @param firstDelay            wait imposed after the last allowed failure
     * @param maxDelay              longest wait
     * @param forgetAfter           failures older than this no longer count
     */
    public record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("1m") Duration firstDelay,
            @DefaultValue("1h") Duration maxDelay,
            @DefaultValue("24h") Duration forgetAfter) {}

    /** @param maxLifetime a session ends this long after login, even while in use */
    public record Session(@DefaultValue("12h") Duration maxLifetime) {}
}
