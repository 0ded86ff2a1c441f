package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Board sessions live in PostgreSQL and end when the account's rights or password change, after an idle timeout
 * and after an absolute lifetime.
 */
@SiteTest
class BoardSessionTests {

    private static final String PASSWORD = "phrase de passe du bureau";

    @Autowired
    MockMvc mvc;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private BoardUser admin;
    private BoardUser editor;

    @BeforeEach
    void createAccounts() {
        jdbc.sql("delete from security_login_pair").update();
        jdbc.sql("delete from security_login_address").update();
        admin = accounts.create(
                "presidence-" + UUID.randomUUID() + "@icmf.example",
                "Présidence",
                PASSWORD,
                EnumSet.of(Role.ADMIN),
                Actor.SYSTEM);
        editor = accounts.create(
                "redaction-" + UUID.randomUUID() + "@icmf.example",
                "Rédaction",
                PASSWORD,
                EnumSet.of(Role.EDITOR, Role.MODERATOR),
                Actor.SYSTEM);
    }

    /** Logs in as a browser would and returns its session cookie. */
    private Cookie logIn(BoardUser account, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/connexion")
                        .param("email", account.email())
                        .param("password", password)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
        return response.getCookie("SESSION");
    }

    /** Where an admin page sends this session: null when it is shown, else the login page. */
    private String adminPage(Cookie session, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).cookie(session)).andReturn().getResponse();
        return response.getStatus() == 200 ? null : response.getRedirectedUrl();
    }

    private void editAccount(BoardUser account, String name, boolean active, String... roles) throws Exception {
        var request = post("/admin/comptes/" + account.id())
                .with(user(admin))
                .with(csrf())
                .param("email", account.email())
                .param("displayName", name);
        for (String role : roles) {
            request.param("roles", role);
        }
        if (active) {
            request.param("active", "true");
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/comptes");
    }

    @Test
    void keepsSessionsInPostgresqlWhereAnyInstanceFindsThem() throws Exception {
        Cookie session = logIn(editor, PASSWORD);
        assertThat(jdbc.sql("select max_inactive_interval from security_session where principal_name = :email")
                        .param("email", editor.email())
                        .query(Integer.class)
                        .list())
                .as("one session, ending after 30 idle minutes")
                .containsExactly(1800);

        // Another client, through the real server, with nothing but the cookie.
        HttpClient otherClient = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpRequest dashboard = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin"))
                .header("Cookie", "SESSION=" + session.getValue())
                .timeout(Duration.ofSeconds(10))
                .build();
        assertThat(otherClient
                        .send(dashboard, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        jdbc.sql("delete from security_session where principal_name = :email")
                .param("email", editor.email())
                .update();
        HttpResponse<String> afterDeletion = otherClient.send(dashboard, HttpResponse.BodyHandlers.ofString());
        assertThat(afterDeletion.headers().firstValue("Location").orElseThrow()).endsWith("/admin/connexion");
    }

    @Test
    void endsTheSessionsOfADeactivatedAccountAtOnce() throws Exception {
        Cookie session = logIn(editor, PASSWORD);
        assertThat(adminPage(session, "/admin")).isNull();

        editAccount(editor, "Rédaction", false, "EDITOR", "MODERATOR");

        assertThat(adminPage(session, "/admin")).endsWith("/admin/connexion");
    }

    @Test
    void endsTheSessionsOfADemotedAccountAtOnce() throws Exception {
        Cookie session = logIn(editor, PASSWORD);
        assertThat(adminPage(session, "/admin/commentaires")).isNull();

        editAccount(editor, "Rédaction", true, "EDITOR");

        assertThat(adminPage(session, "/admin/commentaires")).endsWith("/admin/connexion");
    }

    @Test
    void keepsTheSessionsWhenOnlyTheNameChanges() throws Exception {
        Cookie session = logIn(editor, PASSWORD);

        editAccount(editor, "Rédaction en chef", true, "EDITOR", "MODERATOR");

        assertThat(adminPage(session, "/admin")).isNull();
    }

    @Test
    void endsTheOtherSessionsOnAPasswordChangeAndGivesTheCurrentOneANewId() throws Exception {
        Cookie elsewhere = logIn(editor, PASSWORD);
        Cookie here = logIn(editor, PASSWORD);

        MockHttpServletResponse change = mvc.perform(post("/admin/mot-de-passe")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "nouvelle phrase de passe")
                        .param("confirmation", "nouvelle phrase de passe"))
                .andReturn()
                .getResponse();
        assertThat(change.getRedirectedUrl()).isEqualTo("/admin");
        Cookie renewed = change.getCookie("SESSION");

        assertThat(renewed).isNotNull();
        assertThat(renewed.getValue()).isNotEqualTo(here.getValue());
        assertThat(adminPage(renewed, "/admin")).isNull();
        assertThat(adminPage(here, "/admin")).as("the old id").endsWith("/admin/connexion");
        assertThat(adminPage(elsewhere, "/admin")).as("the other session").endsWith("/admin/connexion");
    }

    @Test
    void endsASessionOlderThanTwelveHoursEvenInUse() throws Exception {
        Cookie session = logIn(editor, PASSWORD);
        jdbc.sql("update security_session set creation_time = creation_time - :ms where principal_name = :email")
                .param("ms", Duration.ofHours(12).plusMinutes(1).toMillis())
                .param("email", editor.email())
                .update();

        assertThat(adminPage(session, "/admin")).endsWith("/admin/connexion");
        assertThat(jdbc.sql("select count(*) from security_session where principal_name = :email")
                        .param("email", editor.email())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void keepsASessionWithinItsLifetime() throws Exception {
        Cookie session = logIn(editor, PASSWORD);
        jdbc.sql("update security_session set creation_time = creation_time - :ms where principal_name = :email")
                .param("ms", Duration.ofHours(11).toMillis())
                .param("email", editor.email())
                .update();

        assertThat(adminPage(session, "/admin")).isNull();
    }
}
