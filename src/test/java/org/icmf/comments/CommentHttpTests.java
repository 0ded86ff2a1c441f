package org.icmf.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.icmf.support.FormStamps;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * On the wire: a page with the comment form keeps readers session-free (the CSRF token lives in a cookie), a
 * comment is sent without a session too, and without the CSRF token it is refused.
 */
@SiteTest
class CommentHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    /**
     * MockMvc's {@code csrf()}, which other tests of this shared context use, replaces the CSRF filter's repository
     * with a session-backed test one — for the real server too. This test puts back the site's own.
     */
    @BeforeEach
    void useTheSitesCsrfRepository() {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
        CsrfTokenRepository current = WebTestUtils.getCsrfTokenRepository(request);
        if (!current.getClass().getName().contains("TestCsrfTokenRepository")) {
            assertThat(current)
                    .as("the repository SecurityConfiguration sets")
                    .isInstanceOf(CookieCsrfTokenRepository.class);
        }
        WebTestUtils.setCsrfTokenRepository(request, new CookieCsrfTokenRepository());
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from comment").update();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String form(String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(fields[i])
                    .append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    @Test
    void readingAndCommentingCreateNoSessionAndTheFormNeedsItsCsrfToken() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> page = browser.send(request("/le-metier").build(), HttpResponse.BodyHandlers.ofString());

        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .hasSize(1)
                .allMatch(cookie -> cookie.startsWith("XSRF-TOKEN=") && cookie.contains("HttpOnly"));
        assertThat(page.body()).doesNotContain("jsessionid");
        Document html = Jsoup.parse(page.body());
        String action = html.select("form.comment-form").attr("action");
        String token = html.select("form.comment-form input[name=_csrf]").val();
        String fields = form(
                "name",
                "Alix",
                "email",
                "alix@commentaires.example",
                "website",
                "",
                "text",
                "Bonjour",
                "consent",
                "true",
                "stamp",
                FormStamps.shownSecondsAgo(10),
                "homepage",
                "");

        HttpResponse<String> withoutToken = browser.send(
                request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        HttpResponse<String> sent = browser.send(
                request(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields + "&_csrf=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow())
                .endsWith("/le-metier?commentaire=attente#commentaires");
        assertThat(sent.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("SESSION="))
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from comment where author_email = 'alix@commentaires.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select address_hash from comment")
                        .query(String.class)
                        .single())
                .hasSize(43)
                .doesNotContain("127.0.0.1");
    }
}
