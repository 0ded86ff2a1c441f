package org.icmf.security;

import java.time.Duration;
import java.util.List;
import org.icmf.privacy.spi.PrivacyFacts;
import org.icmf.web.FrenchDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the board's login keeps, and the only cookies the site sets: the CSRF token of a page with a form, the page
 * asked for before logging in, and the board's session ({@link SecurityConfiguration}). None tracks anyone.
 */
@Component
@Order(60)
class SecurityPrivacyFacts implements PrivacyFacts {

    /** Spring Security's {@code CookieCsrfTokenRepository} and {@code CookieRequestCache} name them so. */
    static final String CSRF_COOKIE = "XSRF-TOKEN";

    static final String SAVED_REQUEST_COOKIE = "REDIRECT_URI";

    private final SecurityProperties properties;
    private final String sessionCookie;
    private final Duration idleTimeout;

    /** @param idleTimeout what Spring Session ends an unused session after ({@code icmf.security.session.idle-timeout}) */
    SecurityPrivacyFacts(
            SecurityProperties properties,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie,
            @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration idleTimeout) {
        this.properties = properties;
        this.sessionCookie = sessionCookie;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public List<Retention> retentions() {
        return List.of(
                new Retention(
                        "privacy.retention.security.login",
                        FrenchDates.duration(properties.login().forgetAfter())),
                new Retention("privacy.retention.security.session", sessionLifetime()));
    }

    @Override
    public List<Cookie> cookies() {
        return List.of(
                new Cookie(CSRF_COOKIE, "privacy.cookie.csrf"),
                new Cookie(sessionCookie, "privacy.cookie.session", sessionLifetime()),
                new Cookie(SAVED_REQUEST_COOKIE, "privacy.cookie.savedRequest"));
    }

    private String[] sessionLifetime() {
        return new String[] {
            FrenchDates.duration(idleTimeout),
            FrenchDates.duration(properties.session().maxLifetime())
        };
    }
}
