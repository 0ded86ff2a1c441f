package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.icmf.security.spi.AdminSection;
import org.icmf.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every admin URL, enumerated from the handler mappings (so a new admin page is covered the day it is
 * written), refuses anonymous visitors, board members lacking its role, and state changes without CSRF token.
 */
@SiteTest
class AdminAccessTests {

    /**
     * The role each admin section the board knows needs, whatever the sections declare; the dashboard and the
     * password page need a board account only.
     */
    private static final Map<String, Role> SECTION_ROLES = Map.ofEntries(
            Map.entry("/admin/articles", Role.EDITOR), Map.entry("/admin/pages", Role.EDITOR),
            Map.entry("/admin/medias", Role.EDITOR), Map.entry("/admin/evenements", Role.EDITOR),
            Map.entry("/admin/commentaires", Role.MODERATOR), Map.entry("/admin/adhesions", Role.TREASURER),
            Map.entry("/admin/membres", Role.TREASURER), Map.entry("/admin/cotisations", Role.TREASURER),
            Map.entry("/admin/comptes", Role.ADMIN), Map.entry("/admin/journal", Role.ADMIN),
            Map.entry("/admin/courriels", Role.ADMIN), Map.entry("/admin/messages", Role.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    List<AdminSection> sections;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(HttpMethod method, String path) {}

    private List<Endpoint> adminEndpoints() {
        return endpoints(pattern -> pattern.startsWith("/admin") && !pattern.equals(SecurityConfiguration.LOGIN_PAGE));
    }

    private List<Endpoint> endpoints(Predicate<String> kept) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!kept.test(pattern)) {
                    continue;
                }
                String path = pattern.replaceAll("\\{[^}]+}", "1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.asHttpMethod(), path));
                }
            }
        }
        assertThat(endpoints).as("endpoints found in the handler mappings").isNotEmpty();
        return endpoints;
    }

    /** The role of every section's paths, as the sections declare it (a new section is covered the day it is). */
    private Map<String, Role> declaredRoles() {
        Map<String, Role> declared = new HashMap<>();
        for (AdminSection section : sections) {
            section.paths().forEach(path -> declared.put(path, section.requiredRole()));
        }
        return declared;
    }

    private Role requiredRole(String path) {
        return declaredRoles().entrySet().stream()
                .filter(section -> path.startsWith(section.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static BoardUser member(Set<Role> roles) {
        return new BoardUser(-1, "membre@icmf.example", "Membre", "{noop}unused", true, roles);
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        for (Endpoint endpoint : adminEndpoints()) {
            MockHttpServletResponse response = mvc.perform(
                            request(endpoint.method(), endpoint.path()).with(csrf()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(endpoint.toString()).endsWith(SecurityConfiguration.LOGIN_PAGE);
        }
    }

    @Test
    void refusesBoardMembersLackingTheSectionsRole() throws Exception {
        for (Endpoint endpoint : adminEndpoints()) {
            Role required = requiredRole(endpoint.path());
            if (required == null) {
                continue;
            }
            Set<Role> others = EnumSet.complementOf(EnumSet.of(required, Role.ADMIN));
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.path())
                            .with(user(member(others)))
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus())
                    .as(endpoint + " without " + required)
                    .isEqualTo(403);
        }
    }

    @Test
    void keepsTheRoleOfEverySectionTheBoardKnows() {
        assertThat(declaredRoles()).containsAllEntriesOf(SECTION_ROLES);
    }

    @Test
    void letsBoardMembersHoldingOnlyTheSectionsRoleIn() throws Exception {
        int checked = 0;
        for (Endpoint endpoint : adminEndpoints()) {
            Role required = requiredRole(endpoint.path());
            if (required == null || endpoint.method() != HttpMethod.GET) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(
                            get(endpoint.path()).with(user(member(EnumSet.of(required)))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(endpoint + " with " + required).isNotEqualTo(403);
            checked++;
        }
        assertThat(checked).as("pages of sections").isGreaterThan(SECTION_ROLES.size());
    }

    @Test
    void refusesStateChangesWithoutCsrfToken() throws Exception {
        for (Endpoint endpoint : adminEndpoints()) {
            if (endpoint.method() == HttpMethod.GET) {
                continue;
            }
            MockHttpServletResponse response = mvc.perform(
                            request(endpoint.method(), endpoint.path()).with(user(member(EnumSet.of(Role.ADMIN)))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/admin/deconnexion"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(SecurityConfiguration.LOGIN_PAGE)
                                .param("email", "x@y.z")
                                .param("password", "x"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void refusesEveryPublicFormSentWithoutCsrfToken() throws Exception {
        // The newsletter's one-click unsubscribe is exempt by design (RFC 8058): its token is the credential.
        List<Endpoint> publicStateChanges = endpoints(pattern ->
                        !pattern.startsWith("/admin") && !pattern.equals(SecurityConfiguration.ONE_CLICK_UNSUBSCRIBE))
                .stream()
                .filter(endpoint -> endpoint.method() != HttpMethod.GET)
                .toList();
        assertThat(publicStateChanges)
                .as("the public forms: registration, adhesion, RGPD…")
                .hasSizeGreaterThan(3);
        for (Endpoint endpoint : publicStateChanges) {
            MockHttpServletResponse response = mvc.perform(request(endpoint.method(), endpoint.path()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(403);
        }
    }

    @Test
    void letsAnyBoardMemberSeeTheDashboard() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/admin").with(user(member(EnumSet.of(Role.MODERATOR)))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Tableau de bord");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }
}
