package org.icmf.members;

import java.time.Clock;
import org.icmf.membership.MemberSelfService;
import org.icmf.security.SecurityConfiguration;
import org.icmf.security.SessionLifetimeFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * The members' space's own security filter chain, before the site's: its sessions come from the member's cookie
 * ({@link MemberSessionCookies}), its security context from the member's attribute ({@link MemberSessions}), and
 * only {@code ROLE_MEMBER} opens its pages, a role no admin rule ever grants anything to. Sign-in is by e-mailed
 * link only ({@link MemberSpaceController}): there is no form login here, nor any other authentication.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MembersProperties.class)
class MembersConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain memberSpaceFilterChain(
            HttpSecurity http,
            MembersProperties properties,
            MemberSelfService members,
            Clock clock,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(path.matcher(MemberSessionCookies.SPACE + "/**"))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                path.matcher(HttpMethod.GET, MemberSessionCookies.SPACE),
                                path.matcher(HttpMethod.POST, MemberSpaceController.ASK),
                                path.matcher(MemberSpaceController.SIGN_IN + "/*"))
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(MemberSessions.ROLE))
                .securityContext(context -> context.securityContextRepository(MemberSessions.contexts()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(MemberSessionCookies.SPACE)))
                .logout(logout -> logout.logoutRequestMatcher(
                                path.matcher(HttpMethod.POST, MemberSpaceController.SIGN_OUT))
                        .logoutSuccessUrl(MemberSessionCookies.SPACE + "?deconnecte"))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .addFilterBefore(
                        new SessionLifetimeFilter(clock, properties.sessionMaxLifetime()),
                        SecurityContextHolderFilter.class)
                .addFilterAfter(new StillAMemberFilter(members), SecurityContextHolderFilter.class);
        return SecurityConfiguration.siteDefaults(http, secureCookies).build();
    }

    @Bean
    HttpSessionIdResolver memberSessionCookies(ServerProperties server) {
        return new MemberSessionCookies(server);
    }
}
