package org.icmf.security;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.icmf.security.spi.AdminSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The site's security rules, declared in one place. Reading is public and creates no HTTP session;
 * CSRF tokens live in a cookie (set only when a page with a form is rendered) for the same reason. Board
 * sessions live in PostgreSQL (Spring Session JDBC), end after an idle timeout and an absolute lifetime, and
 * are ended by {@link BoardAccounts} when an account's rights or password change. HSTS is sent on secure
 * requests (Spring Security's default), which behind a TLS proxy means {@code X-Forwarded-Proto: https}.
 * The admin area needs a board account, and each section its role ({@link AdminSection}; ADMIN includes all).
 * Nothing of Actuator but health is reachable.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    public static final String LOGIN_PAGE = "/admin/connexion";

    /** The one POST without CSRF token: see the newsletter module's unsubscribe link. */
    static final String ONE_CLICK_UNSUBSCRIBE = "/lettre/desabonnement/{token}";

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data: https:",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * @param secureCookies {@code server.servlet.session.cookie.secure}: the CSRF cookie follows the session
     *                      cookie (both are {@code Secure} on a secure request anyway, e.g. behind a TLS proxy)
     */
    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SecurityProperties properties,
            Clock clock,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies,
            ObjectProvider<AdminSection> sections)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        // Only an admin page asked for before logging in is remembered, in a cookie (relative paths only): a
        // session, a row in PostgreSQL, exists only once logged in, and readers never get one.
        CookieRequestCache adminRequests = new CookieRequestCache();
        adminRequests.setRequestMatcher(path.matcher(HttpMethod.GET, "/admin/**"));

        ExceptionMappingAuthenticationFailureHandler loginFailure = new ExceptionMappingAuthenticationFailureHandler();
        loginFailure.setDefaultFailureUrl(LOGIN_PAGE + "?erreur");
        // The login page says what failed from its address (?erreur, ?bloque): no session for a failed login.
        loginFailure.setAllowSessionCreation(false);
        loginFailure.setExceptionMappings(Map.of(
                ThrottledAuthenticationProvider.LoginThrottledException.class.getName(), LOGIN_PAGE + "?bloque"));

        http.authorizeHttpRequests(requests -> {
                    // Prometheus is only exposed on the management port (localhost by default, docs/operations.md).
                    requests.requestMatchers(EndpointRequest.to("health", "prometheus"))
                            .permitAll()
                            .requestMatchers(EndpointRequest.toAnyEndpoint())
                            .denyAll()
                            .requestMatchers(LOGIN_PAGE)
                            .permitAll();
                    sections.forEach(section -> requests.requestMatchers(sectionPatterns(section))
                            .hasRole(section.requiredRole().name()));
                    // The dashboard, the password page and anything no section claims: any board member.
                    requests.requestMatchers("/admin", "/admin/**")
                            .authenticated()
                            .anyRequest()
                            .permitAll();
                })
                .authenticationManager(authenticationManager)
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), path.matcher("/admin/**"))
                        // Actuator answers 403, never a login form.
                        .defaultAuthenticationEntryPointFor(
                                new Http403ForbiddenEntryPoint(), EndpointRequest.toAnyEndpoint()))
                .formLogin(login -> login.loginPage(LOGIN_PAGE)
                        .loginProcessingUrl(LOGIN_PAGE)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/admin")
                        .failureHandler(loginFailure))
                // Invalidating the session deletes it from PostgreSQL and expires its cookie (Spring Session).
                .logout(logout -> logout.logoutRequestMatcher(path.matcher(HttpMethod.POST, "/admin/deconnexion"))
                        .logoutSuccessUrl(LOGIN_PAGE + "?deconnecte"))
                .addFilterBefore(
                        new SessionLifetimeFilter(clock, properties.session().maxLifetime()),
                        SecurityContextHolderFilter.class)
                .requestCache(cache -> cache.requestCache(adminRequests));
        return siteDefaults(http, secureCookies).build();
    }

    /**
     * What every filter chain of the site shares (this one and the members' space's): CSRF tokens in a cookie and the
     * security headers.
     */
    public static HttpSecurity siteDefaults(HttpSecurity http, boolean secureCookies) throws Exception {
        return http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens(secureCookies))
                        // The newsletter's one-click unsubscribe (RFC 8058): mail clients POST to the link without
                        // any token of ours; its own single-purpose token is the credential, and it only unsubscribes.
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                        // Pages set their own Cache-Control (WebConfiguration): revalidated publicly, no-store in
                        // admin.
                        .cacheControl(cache -> cache.disable()));
    }

    /** Every address under the section's paths; a path outside {@code /admin/} is a mistake that would go unguarded. */
    static String[] sectionPatterns(AdminSection section) {
        List<String> paths = section.paths();
        for (String path : paths) {
            if (!path.startsWith("/admin/") || path.equals(LOGIN_PAGE)) {
                throw new IllegalStateException(section.getClass().getName() + " claims " + path + ", not a section");
            }
        }
        return paths.stream().map(path -> path + "/**").toArray(String[]::new);
    }

    static CookieCsrfTokenRepository csrfTokens(boolean secure) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(SecurityPrivacyFacts.CSRF_COOKIE);
        if (secure) {
            tokens.setCookieCustomizer(cookie -> cookie.secure(true));
        }
        return tokens;
    }

    /**
     * No observation around each security filter, authentication or authorization: nothing reads them, and they
     * cost on every request (the HTTP server requests metric, which is read, stays).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring's delegating encoder: bcrypt today, and old hashes keep working if the default changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.EDITOR.name(), Role.MODERATOR.name(), Role.TREASURER.name())
                .build();
    }

    /**
     * The only way to authenticate: passwords checked behind the login throttle. Being the one
     * AuthenticationManager, no fallback manager built from the UserDetailsService can bypass the throttle.
     */
    @Bean
    AuthenticationManager authenticationManager(
            BoardAccounts accounts,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
        manager.setEraseCredentialsAfterAuthentication(true);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
