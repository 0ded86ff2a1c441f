package org.icmf.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail    e-mail of the first administrator, created at start-up when no account exists
 *                      ({@code ICMF_ADMIN_EMAIL}); never committed
 * @param adminPassword its password ({@code ICMF_ADMIN_PASSWORD}), at least 12 characters; never committed
 * @param login         login throttling
 */
@ConfigurationProperties("icmf.security")
public record SecurityProperties(String adminEmail, String adminPassword, @DefaultValue Login login) {

    /**
     * @param maxFailures failed logins allowed for one e-mail or one address within {@code window}; the next
     *                    tries are refused until the oldest failure leaves the window
     * @param window      how far back failures count
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
    }
}
