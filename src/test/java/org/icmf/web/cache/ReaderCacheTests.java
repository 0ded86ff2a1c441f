package org.icmf.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.catalina.connector.Connector;
import org.icmf.support.FormStamps;
import org.icmf.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/** Readers on the wire: pages served again from memory, compressed, revalidated, with each reader's own forms. */
@SiteTest
class ReaderCacheTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ReaderCache cache;

    @Autowired
    ContentVersions versions;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** MockMvc's {@code csrf()}, used by other tests of this shared context, swaps the repository: put back the site's. */
    @BeforeEach
    void useTheSitesCsrfRepository() {
        WebTestUtils.setCsrfTokenRepository(
                new MockHttpServletRequest(context.getServletContext()), new CookieCsrfTokenRepository());
        versions.check();
        cache.clear();
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from comment").update();
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return headers.length == 0 ? request : request.headers(headers);
    }

    private HttpResponse<byte[]> get(HttpClient client, String path, String... headers)
            throws IOException, InterruptedException {
        return client.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return get(client, path, headers);
    }

    @Test
    void servesTheSecondReaderTheSameBytesFromMemoryAndANotModifiedToABrowserThatHasThem() throws Exception {
        HttpResponse<byte[]> first = get("/");
        HttpResponse<byte[]> second = get("/");

        assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
        assertThat(second.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(second.body()).isNotEmpty().isEqualTo(first.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(etag)
                .doesNotStartWith("W/")
                .isEqualTo(first.headers().firstValue("ETag").orElseThrow());
        assertThat(second.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");

        HttpResponse<byte[]> revalidated = get("/", "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void aCachedPageAndItsHeadersFitTheConnectionsWriteBufferSoTheyLeaveInOneWrite() throws Exception {
        HttpResponse<byte[]> home = get("/");
        int headers = home.headers().map().entrySet().stream()
                .mapToInt(header -> header.getValue().stream()
                        .mapToInt(value -> header.getKey().length() + value.length() + 4)
                        .sum())
                .sum();

        Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer())
                .getTomcat()
                .getConnector();
        assertThat(home.body().length).isGreaterThan(8192);
        assertThat(Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize"))))
                .isGreaterThan(headers + home.body().length + 20);
        assertThat(String.valueOf(connector.getProperty("maxConnections"))).isEqualTo("1024");
    }

    @Test
    void sendsGzipToABrowserThatAcceptsIt() throws Exception {
        byte[] plain = get("/evenements").body();

        HttpResponse<byte[]> compressed = get("/evenements", "Accept-Encoding", "br;q=0, gzip, deflate");

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(plain.length / 2);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain);
        }
        assertThat(compressed.headers().firstValue("ETag").orElseThrow())
                .isNotEqualTo(get("/evenements").headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void sendsBrotliToABrowserThatPrefersItOrLikesItAsMuchAsGzip() throws Exception {
        HttpResponse<byte[]> plain = get("/evenements");
        HttpResponse<byte[]> gzipped = get("/evenements", "Accept-Encoding", "gzip");

        HttpResponse<byte[]> brotli = get("/evenements", "Accept-Encoding", "gzip, deflate, br");

        assertThat(brotli.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(plain.body());
        assertThat(brotli.body().length).isLessThan(gzipped.body().length);
        String etag = brotli.headers().firstValue("ETag").orElseThrow();
        assertThat(etag)
                .endsWith("-br\"")
                .isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow())
                .isNotEqualTo(gzipped.headers().firstValue("ETag").orElseThrow());
        assertThat(get("/evenements", "Accept-Encoding", "br", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(get("/evenements", "Accept-Encoding", "br;q=0.5, gzip;q=0.8")
                        .headers()
                        .firstValue("Content-Encoding"))
                .hasValue("gzip");
        assertThat(get("/evenements", "Accept-Encoding", "br;q=0").body()).isEqualTo(plain.body());
    }

    @Test
    void aPageWithFormsIsGzippedForEachReaderEvenWhenBrotliIsAccepted() throws Exception {
        get("/le-metier");

        HttpResponse<byte[]> page = get("/le-metier", "Accept-Encoding", "br, gzip");

        assertThat(page.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(page.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("name=\"_csrf\"");
        }
    }

    @Test
    void aHeadFillsTheCacheWithThePageAGetGetsAndNeverSendsABody() throws Exception {
        for (String encoding : new String[] {"identity", "br, gzip"}) {
            cache.clear();
            HttpResponse<byte[]> head = client.send(
                    request("/evenements", "Accept-Encoding", encoding)
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> page = get("/evenements", "Accept-Encoding", encoding);
            HttpResponse<byte[]> headAgain = client.send(
                    request("/evenements", "Accept-Encoding", encoding)
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("X-Cache")).hasValue("MISS");
            assertThat(page.headers().firstValue("X-Cache")).hasValue("HIT");
            assertThat(headAgain.headers().firstValue("X-Cache")).hasValue("HIT");
            assertThat(page.body()).isNotEmpty();
            for (HttpResponse<byte[]> headOnly : List.of(head, headAgain)) {
                assertThat(headOnly.body()).isEmpty();
                assertThat(headOnly.headers().firstValue("ETag"))
                        .isPresent()
                        .isEqualTo(page.headers().firstValue("ETag"));
                assertThat(headOnly.headers().firstValueAsLong("Content-Length"))
                        .hasValue(page.body().length);
            }
        }
    }

    @Test
    void givesEachReaderOfACachedFormTheirOwnTokenAndStampAndBothCanComment() throws Exception {
        HttpClient alix = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpClient brune = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<byte[]> alixPage = get(alix, "/le-metier");
        HttpResponse<byte[]> brunePage = get(brune, "/le-metier");

        assertThat(brunePage.headers().firstValue("X-Cache")).hasValue("HIT");
        assertThat(brunePage.headers().allValues("Set-Cookie"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
        Document alixForm = Jsoup.parse(new String(alixPage.body(), StandardCharsets.UTF_8));
        Document bruneForm = Jsoup.parse(new String(brunePage.body(), StandardCharsets.UTF_8));
        String alixToken =
                alixForm.select("form.comment-form input[name=_csrf]").val();
        String bruneToken =
                bruneForm.select("form.comment-form input[name=_csrf]").val();
        assertThat(bruneToken).isNotBlank().isNotEqualTo(alixToken);
        assertThat(bruneForm.select("form.comment-form input[name=stamp]").val())
                .matches("\\d+\\.[A-Za-z0-9_-]{43}");

        String action = bruneForm.select("form.comment-form").attr("action");
        assertThat(comment(alix, action, "Alix", alixToken).statusCode()).isEqualTo(302);
        assertThat(comment(brune, action, "Brune", bruneToken).statusCode()).isEqualTo(302);
        assertThat(comment(brune, action, "Brune", alixToken).statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from comment where author_email like '%@cache.example'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private HttpResponse<String> comment(HttpClient reader, String action, String name, String token)
            throws IOException, InterruptedException {
        String fields = String.join(
                "&",
                "name=" + name,
                "email=" + name.toLowerCase() + "@cache.example",
                "website=",
                "text=Bonjour",
                "consent=true",
                "homepage=",
                "stamp=" + URLEncoder.encode(FormStamps.shownSecondsAgo(10), StandardCharsets.UTF_8),
                "_csrf=" + token);
        return reader.send(
                request(action, "Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBoardMemberSeesPagesAsTheyAreRendered() throws Exception {
        get("/");

        HttpResponse<byte[]> member = get("/", "Cookie", "SESSION=0f2b0c4e-5d4c-4b1e-9a3e-1a2b3c4d5e6f");

        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.headers().firstValue("X-Cache")).isEmpty();
    }

    @Test
    void aChangedPostShowsOnTheHomePageAtOnce() throws Exception {
        long latest = jdbc.sql("select id from blog_post where status = 'PUBLISHED' order by published_at desc limit 1")
                .query(Long.class)
                .single();
        String title = jdbc.sql("select title from blog_post where id = :id")
                .param("id", latest)
                .query(String.class)
                .single();
        get("/");
        assertThat(get("/").headers().firstValue("X-Cache")).hasValue("HIT");

        try {
            jdbc.sql("update blog_post set title = 'Titre changé à l’instant' where id = :id")
                    .param("id", latest)
                    .update();

            HttpResponse<byte[]> home = get("/");
            assertThat(home.headers().firstValue("X-Cache")).hasValue("MISS");
            assertThat(new String(home.body(), StandardCharsets.UTF_8)).contains("Titre changé à l’instant");
        } finally {
            jdbc.sql("update blog_post set title = :title where id = :id")
                    .param("title", title)
                    .param("id", latest)
                    .update();
        }
    }
}
