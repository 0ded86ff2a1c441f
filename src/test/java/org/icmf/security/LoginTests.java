package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Logging in to the admin area: success, generic failure, throttling, session fixation, logout. */
@SiteTest
class LoginTests {

    private static final String PASSWORD = "une phrase de passe assez longue";

    @Autowired
    MockMvc mvc;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private String email;

    @BeforeEach
    void createAnEditor() {
        jdbc.sql("delete from security_login_failure").update();
        email = "redaction-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Rédaction", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);
    }

    private MockHttpServletResponse login(String email, String password, String fromAddress) throws Exception {
        return mvc.perform(post("/admin/connexion").param("email", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(fromAddress);
                    return request;
                })).andReturn().getResponse();
    }

    @Test
    void opensTheDashboardWithTheRightPasswordWhateverTheEmailsCase() throws Exception {
        MockHttpServletResponse response = login(email.toUpperCase(), PASSWORD, "192.0.2.1");
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
        assertThat(jdbc.sql("select last_login_at is not null from board_account where email = :email")
                .param("email", email).query(Boolean.class).single()).isTrue();
    }

    @Test
    void answersAWrongPasswordAndAnUnknownEmailWithTheSameMessage() throws Exception {
        assertThat(login(email, "mauvais mot de passe", "192.0.2.2").getRedirectedUrl()).isEqualTo("/admin/connexion?erreur");
        assertThat(login("inconnu@icmf.example", PASSWORD, "192.0.2.3").getRedirectedUrl())
                .isEqualTo("/admin/connexion?erreur");

        String page = mvc.perform(get("/admin/connexion?erreur")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".form-error").text()).isEqualTo("Adresse e-mail ou mot de passe incorrect.");
    }

    @Test
    void refusesAnAccountAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            // Each try from another address: the e-mail's own count is what blocks.
            assertThat(login(email, "essai " + attempt, "198.51.100." + attempt).getRedirectedUrl()).endsWith("?erreur");
        }
        assertThat(login(email, PASSWORD, "198.51.100.99").getRedirectedUrl()).isEqualTo("/admin/connexion?bloque");

        String page = mvc.perform(get("/admin/connexion?bloque")).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select(".form-error").text())
                .isEqualTo("Trop de tentatives de connexion ont échoué. Par sécurité, réessayez dans 15 minutes.");
    }

    @Test
    void refusesAnAddressAfterFiveFailuresWhateverTheAccount() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("essai" + attempt + "@icmf.example", PASSWORD, "203.0.113.7");
        }
        assertThat(login(email, PASSWORD, "203.0.113.7").getRedirectedUrl()).isEqualTo("/admin/connexion?bloque");
        assertThat(login(email, PASSWORD, "203.0.113.8").getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void acceptsTheAccountAgainOnceOldFailuresLeaveTheWindow() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(email, "essai " + attempt, "192.0.2.50");
        }
        jdbc.sql("update security_login_failure set failed_at = failed_at - interval '16 minutes'").update();
        assertThat(login(email, PASSWORD, "192.0.2.51").getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void givesANewSessionIdAtLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MockHttpServletResponse response = mvc.perform(post("/admin/connexion").session(session)
                .param("email", email).param("password", PASSWORD).with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void logsOutWithAPostAndForgetsTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/admin/connexion").session(session).param("email", email).param("password", PASSWORD)
                .with(csrf()));
        assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        MockHttpServletResponse logout = mvc.perform(post("/admin/deconnexion").session(session).with(csrf()))
                .andReturn().getResponse();

        assertThat(logout.getRedirectedUrl()).isEqualTo("/admin/connexion?deconnecte");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void neverShowsAPasswordHashWhenAnAccountIsLogged() {
        BoardUser user = accounts.loadUserByUsername(email);
        assertThat(user.passwordHash()).startsWith("{bcrypt}");
        assertThat(user.toString()).doesNotContain(user.passwordHash()).doesNotContain("bcrypt");
    }
}
