package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
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
    AuthenticationManager authenticationManager;

    @Autowired
    JdbcClient jdbc;

    private String email;

    @BeforeEach
    void createAnEditor() {
        jdbc.sql("delete from security_login_pair").update();
        jdbc.sql("delete from security_login_address").update();
        email = "redaction-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Rédaction", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);
    }

    private MockHttpServletResponse login(String email, String password, String fromAddress) throws Exception {
        return mvc.perform(post("/admin/connexion")
                        .param("email", email)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(fromAddress);
                            return request;
                        }))
                .andReturn()
                .getResponse();
    }

    /** Makes every failure counted so far look {@code seconds} older. */
    private void waitSeconds(int seconds) {
        jdbc.sql("update security_login_pair set last_failure_at = last_failure_at - make_interval(secs => :s)")
                .param("s", seconds)
                .update();
        jdbc.sql("update security_login_address set last_failure_at = last_failure_at - make_interval(secs => :s)")
                .param("s", seconds)
                .update();
    }

    @Test
    void opensTheDashboardWithTheRightPasswordWhateverTheEmailsCase() throws Exception {
        MockHttpServletResponse response = login(email.toUpperCase(), PASSWORD, "192.0.2.1");
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
        assertThat(jdbc.sql("select last_login_at is not null from board_account where email = :email")
                        .param("email", email)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void answersAWrongPasswordAndAnUnknownEmailWithTheSameMessage() throws Exception {
        assertThat(login(email, "mauvais mot de passe", "192.0.2.2").getRedirectedUrl())
                .isEqualTo("/admin/connexion?erreur");
        assertThat(login("inconnu@icmf.example", PASSWORD, "192.0.2.3").getRedirectedUrl())
                .isEqualTo("/admin/connexion?erreur");

        String page = mvc.perform(get("/admin/connexion?erreur"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select(".form-error").text())
                .isEqualTo("Adresse e-mail ou mot de passe incorrect.");
    }

    @Test
    void answersHostileLoginsWithTheSameMessage() throws Exception {
        assertThat(login(email, "x".repeat(100_000), "192.0.2.4").getRedirectedUrl())
                .isEqualTo("/admin/connexion?erreur");
        assertThat(login("a".repeat(100_000) + "@icmf.example", PASSWORD, "192.0.2.5")
                        .getRedirectedUrl())
                .isEqualTo("/admin/connexion?erreur");
        assertThat(login(email.replace("@", "\u0000@"), PASSWORD, "192.0.2.6").getRedirectedUrl())
                .isEqualTo("/admin/connexion?erreur");
    }

    @Test
    void makesOneAddressWaitAfterFiveFailuresOnAnAccountWhileAnotherAddressLogsIn() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(email, "essai " + attempt, "198.51.100.1").getRedirectedUrl())
                    .endsWith("?erreur");
        }
        assertThat(login(email, PASSWORD, "198.51.100.1").getRedirectedUrl()).isEqualTo("/admin/connexion?bloque");

        // Whoever failed from elsewhere, the member logs in from her own address.
        assertThat(login(email, PASSWORD, "198.51.100.2").getRedirectedUrl()).isEqualTo("/admin");

        String page = mvc.perform(get("/admin/connexion?bloque"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select(".form-error").text())
                .isEqualTo(
                        "Trop de tentatives de connexion ont échoué. Par sécurité, patientez quelques minutes avant de réessayer.");
    }

    @Test
    void makesAnAddressWaitAfterTwentyFailuresWhateverTheAccounts() throws Exception {
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(login("essai" + attempt + "@icmf.example", PASSWORD, "203.0.113.7")
                            .getRedirectedUrl())
                    .endsWith("?erreur");
        }
        assertThat(login(email, PASSWORD, "203.0.113.7").getRedirectedUrl()).isEqualTo("/admin/connexion?bloque");
        assertThat(login(email, PASSWORD, "203.0.113.8").getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void makesEachFurtherFailureWaitTwiceAsLong() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(email, "essai " + attempt, "192.0.2.50");
        }
        assertThat(login(email, PASSWORD, "192.0.2.50").getRedirectedUrl()).endsWith("?bloque");

        waitSeconds(61);
        assertThat(login(email, "essai 6", "192.0.2.50").getRedirectedUrl()).endsWith("?erreur");
        assertThat(login(email, PASSWORD, "192.0.2.50").getRedirectedUrl()).endsWith("?bloque");
        waitSeconds(61);
        assertThat(login(email, PASSWORD, "192.0.2.50").getRedirectedUrl())
                .as("2 minutes after the 6th failure")
                .endsWith("?bloque");
        waitSeconds(60);
        assertThat(login(email, PASSWORD, "192.0.2.50").getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void forgetsAnAddressAndAccountsFailuresOnceItLogsIn() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(email, "essai " + attempt, "192.0.2.60");
        }
        assertThat(login(email, PASSWORD, "192.0.2.60").getRedirectedUrl()).isEqualTo("/admin");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(email, "encore " + attempt, "192.0.2.60").getRedirectedUrl())
                    .endsWith("?erreur");
        }
        assertThat(login(email, PASSWORD, "192.0.2.60").getRedirectedUrl()).endsWith("?bloque");
    }

    @Test
    void countsParallelAttemptsBeforeCheckingAnyPassword() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int attempt = 1; attempt <= 20; attempt++) {
            String password = "essai parallèle " + attempt;
            attempts.add(() -> {
                var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
                token.setDetails(new WebAuthenticationDetails("192.0.2.70", null));
                try {
                    authenticationManager.authenticate(token);
                    return "accepted";
                } catch (BadCredentialsException checked) {
                    return "checked";
                } catch (ThrottledAuthenticationProvider.LoginThrottledException refused) {
                    return "refused";
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : threads.invokeAll(attempts, 60, TimeUnit.SECONDS)) {
                outcomes.add(outcome.get());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(outcomes).hasSize(20).filteredOn("checked"::equals).hasSize(5);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(15);
    }

    @Test
    void opensASessionOnlyAtLoginAndNeverTheOneTheBrowserNames() throws Exception {
        MockHttpServletResponse visit =
                mvc.perform(get("/admin/articles")).andReturn().getResponse();
        assertThat(visit.getRedirectedUrl()).endsWith("/admin/connexion");
        assertThat(visit.getCookie("SESSION"))
                .as("an anonymous visit of the admin area")
                .isNull();
        assertThat(login(email, "mauvais mot de passe", "192.0.2.7").getCookie("SESSION"))
                .as("a failed login")
                .isNull();

        Cookie forged = new Cookie("SESSION", "ZmFjZWJvb2stMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw");
        MockHttpServletResponse response = mvc.perform(post("/admin/connexion")
                        .cookie(forged)
                        .cookie(visit.getCookie("REDIRECT_URI"))
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).as("the page asked for").endsWith("/admin/articles");
        assertThat(response.getCookie("SESSION")).isNotNull();
        assertThat(response.getCookie("SESSION").getValue()).isNotEqualTo(forged.getValue());
    }

    @Test
    void logsOutWithAPostAndForgetsTheSession() throws Exception {
        Cookie session = mvc.perform(post("/admin/connexion")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        MockHttpServletResponse logout = mvc.perform(
                        post("/admin/deconnexion").cookie(session).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(logout.getRedirectedUrl()).isEqualTo("/admin/connexion?deconnecte");
        assertThat(logout.getCookie("SESSION").getMaxAge()).isZero();
        assertThat(mvc.perform(get("/admin").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/admin/connexion");
    }

    @Test
    void neverShowsAPasswordHashWhenAnAccountIsLogged() {
        BoardUser user = accounts.loadUserByUsername(email);
        assertThat(user.passwordHash()).startsWith("{bcrypt}");
        assertThat(user.toString()).doesNotContain(user.passwordHash()).doesNotContain("bcrypt");
    }
}
