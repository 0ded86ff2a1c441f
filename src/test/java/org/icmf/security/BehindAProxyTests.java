package org.icmf.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.icmf.support.SiteTest;
import org.icmf.web.Actor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * On the real server, a TLS-terminating proxy on a trusted address (here loopback) passes the client's address
 * and scheme: the app counts that client, sends HSTS and marks its cookies Secure. Shares the site's one test
 * context, whose forwarded-header settings are those of every profile (application.properties).
 */
@SiteTest
class BehindAProxyTests {

    private static final String CLIENT = "203.0.113.9";
    private static final String PASSWORD = "phrase de passe derrière le proxy";

    @LocalServerPort
    int port;

    @Autowired
    BoardAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void forgetFailedLoginsAndUseTheSitesCsrfCookie() {
        jdbc.sql("delete from security_login_pair").update();
        jdbc.sql("delete from security_login_address").update();
        // MockMvc's csrf() (other tests, same context) swaps the CSRF filter's repository for a session-based
        // one of its own; these requests go through the real server and must meet the site's cookie repository.
        WebTestUtils.setCsrfTokenRepository(
                new MockHttpServletRequest(context.getServletContext()), SecurityConfiguration.csrfTokens(false));
    }

    private HttpRequest.Builder request(String path, boolean throughTheProxy) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        return throughTheProxy
                ? request.header("X-Forwarded-For", CLIENT).header("X-Forwarded-Proto", "https")
                : request;
    }

    private HttpResponse<String> logIn(String email, String password, boolean throughTheProxy) throws Exception {
        HttpResponse<String> page =
                http.send(request("/admin/connexion", throughTheProxy).build(), HttpResponse.BodyHandlers.ofString());
        String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
        String csrfCookie = cookie(page, "XSRF-TOKEN").split(";", 2)[0];
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token;
        return http.send(
                request("/admin/connexion", throughTheProxy)
                        .header("Cookie", csrfCookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private long failuresCountedFrom(String address) {
        return jdbc.sql("select coalesce(sum(failures), 0) from security_login_address "
                        + "where address_key = sha256(convert_to(:address, 'UTF8'))")
                .param("address", address)
                .query(Long.class)
                .single();
    }

    @Test
    void countsTheForwardedClientAndSendsHstsAndSecureCookies() throws Exception {
        HttpResponse<String> loginPage =
                http.send(request("/admin/connexion", true).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
        assertThat(cookie(loginPage, "XSRF-TOKEN")).contains("; Secure");

        assertThat(logIn("inconnu@icmf.example", PASSWORD, true)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/admin/connexion?erreur");
        assertThat(failuresCountedFrom(CLIENT))
                .as("the failure counted against the client")
                .isEqualTo(1);
        assertThat(failuresCountedFrom("127.0.0.1")).as("not against the proxy").isZero();

        String email = "proxy-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Derrière le proxy", PASSWORD, EnumSet.of(Role.EDITOR), Actor.SYSTEM);
        HttpResponse<String> login = logIn(email, PASSWORD, true);
        // The proxy's scheme and port (443), not the app's.
        assertThat(login.headers().firstValue("Location").orElseThrow()).isEqualTo("https://localhost/admin");
        assertThat(cookie(login, "SESSION")).contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    @Test
    void sendsNeitherHstsNorSecureCookiesOnPlainHttp() throws Exception {
        HttpResponse<String> loginPage =
                http.send(request("/admin/connexion", false).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(List.of(cookie(loginPage, "XSRF-TOKEN").split("; ")))
                .isNotEmpty()
                .doesNotContain("Secure");
    }
}
