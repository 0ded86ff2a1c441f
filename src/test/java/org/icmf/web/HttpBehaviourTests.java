package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.security.BoardAccounts;
import org.icmf.security.Role;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What the real server sends on the wire: headers, compression, caching, cookies, health. */
@SiteTest
class HttpBehaviourTests {

    @LocalServerPort
    int port;

    @Autowired
    BoardAccounts accounts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/blog/2009/03/bienvenue",
                "/blog/2009",
                "/charte",
                "/recherche?q=bouche",
                "/blog/feed.atom",
                "/blog/feed.rss",
                "/sitemap.xml",
                "/page-inconnue"
            })
    void anonymousReadingSetsNoCookieAndCreatesNoSession(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.body()).doesNotContain("jsessionid");
    }

    @Test
    void sendsSecurityHeadersWithAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        HttpResponse<String> response = get("/");
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.body()).doesNotContain("<script", " style=\"", " onclick=");
    }

    @Test
    void compressesPagesForClientsThatAcceptGzip() throws Exception {
        HttpResponse<String> response = get("/", "Accept-Encoding", "gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void answersARepeatedPageRequestWithNotModified() throws Exception {
        HttpResponse<String> first = get("/blog/2009/03/bienvenue");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

        HttpResponse<String> second = get("/blog/2009/03/bienvenue", "If-None-Match", etag);
        assertThat(second.statusCode()).isEqualTo(304);
        assertThat(second.body()).isEmpty();
    }

    /** Each layout links the shared stylesheet, then its own area's: both fingerprinted, both cached for a year. */
    @ParameterizedTest
    @CsvSource({"/, site", "/admin/connexion, admin"})
    void servesFingerprintedStylesheetsCachedForAYear(String page, String ownStylesheet) throws Exception {
        Matcher css = Pattern.compile("href=\"(/assets/css/([a-z]+)-[0-9a-f]{32}\\.css)\"")
                .matcher(get(page).body());
        List<MatchResult> links = css.results().toList();
        assertThat(links).extracting(link -> link.group(2)).containsExactly("base", ownStylesheet);
        for (MatchResult link : links) {
            HttpResponse<String> stylesheet = get(link.group(1));
            assertThat(stylesheet.statusCode()).isEqualTo(200);
            assertThat(stylesheet.headers().firstValue("Cache-Control").orElseThrow())
                    .contains("max-age=31536000");
        }
    }

    @Test
    void sendsAnonymousVisitorsOfTheAdminAreaToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("/admin/articles");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/connexion");
    }

    @Test
    void showsTheFrenchForbiddenPageToABoardMemberWithoutTheRole() throws Exception {
        String email = "tresorier-" + UUID.randomUUID() + "@icmf.example";
        accounts.create(email, "Trésorier", "phrase de passe du trésorier", EnumSet.of(Role.TREASURER), Actor.SYSTEM);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String loginPage = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/connexion"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = Jsoup.parse(loginPage).select("input[name=_csrf]").val();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("phrase de passe du trésorier", StandardCharsets.UTF_8)
                + "&_csrf=" + token;
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/connexion"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/admin");

        HttpResponse<String> forbidden = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/articles"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(forbidden.body()).select("h1").text()).isEqualTo("Accès refusé");
    }

    @Test
    void neverShowsAWhitelabelPageOrAStackTrace() throws Exception {
        for (String path :
                new String[] {"/blog/2009/99", "/?page=abc", "/recherche?page=abc&q=x", "/%ff", "/blog/feed.atom/x"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 499);
            assertThat(response.body()).as(path).doesNotContain("Whitelabel", "Exception", "at org.");
        }
    }

    /**
     * Tomcat refuses a path holding a NUL or an encoded slash before Spring sees it: the visitor still gets a French
     * page, without the container's English report, stack trace or version. Sent over a raw socket, byte for byte.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/blog%00", "/evenements%00.ics", "/blog%2F2009"})
    void answersAPathTomcatRefusesWithTheFrenchBadRequestPage(String path) throws Exception {
        String answer;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Content-Type: text/html;charset=UTF-8");
        assertThat(answer)
                .contains(
                        "Content-Security-Policy: default-src 'none';",
                        "X-Content-Type-Options: nosniff",
                        "X-Frame-Options: DENY");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(Jsoup.parse(body).select("html").attr("lang")).isEqualTo("fr");
        assertThat(Jsoup.parse(body).select("h1").text()).isEqualTo("Requête incorrecte");
        assertThat(answer).doesNotContain("HTTP Status", "Bad Request", "Tomcat", "Exception", "at org.");
    }
}
