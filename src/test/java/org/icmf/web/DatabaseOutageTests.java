package org.icmf.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.icmf.support.FormStamps;
import org.icmf.support.PublicForms;
import org.icmf.support.SiteTest;
import org.icmf.support.TestPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * PostgreSQL unreachable (the test's relay to it cut): French 503 pages within 2 s, then the site back by itself; every
 * connection in use while the database is fine: the French "very busy" 503 instead.
 */
@SiteTest
class DatabaseOutageTests {

    private static final String EMAIL = "panne@outage.example";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @AfterEach
    void clean() {
        TestPostgres.proxy().restore();
        jdbc.sql("delete from mail_outbox where recipient = :e")
                .param("e", EMAIL)
                .update();
        jdbc.sql("delete from contact_message where sender_email = :e")
                .param("e", EMAIL)
                .update();
    }

    @Test
    void answersPagesWithTheFrench503PageAndRetryAfterWithinTwoSecondsThenRecovers() throws Exception {
        // A page readers opened before stays in the reader cache; a search never asked before only the database
        // answers.
        String cached = "/recherche?q=panne-" + UUID.randomUUID();
        String page = "/recherche?q=panne-" + UUID.randomUUID();
        assertThat(get(cached).statusCode()).isEqualTo(200);

        TestPostgres.proxy().cut();
        assertThat(get(cached).statusCode()).as("served from the reader cache").isEqualTo(200);
        long start = System.nanoTime();
        HttpResponse<String> down = get(page);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(ANSWER_WITHIN);
        assertThat(down.headers().firstValue("Retry-After")).hasValue(DatabaseOutage.RETRY_AFTER_SECONDS);
        assertThat(Jsoup.parse(down.body()).select("h1").text()).isEqualTo("Site momentanément indisponible");
        assertThat(Jsoup.parse(down.body()).select("link[rel=stylesheet]").attr("href"))
                .as("the site's layout, its assets fingerprinted")
                .matches("/assets/css/base-[0-9a-f]+\\.css");

        TestPostgres.proxy().restore();
        assertThat(firstStatusWithin(page, Duration.ofSeconds(5))).isEqualTo(200);
    }

    @Test
    void refusesAFormWithTheFrench503PageWithinTwoSecondsAndAcceptsItOnceTheDatabaseIsBack() throws Exception {
        TestPostgres.proxy().cut();
        long start = System.nanoTime();
        MockHttpServletResponse down = mvc.perform(contact()).andReturn().getResponse();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(down.getStatus()).isEqualTo(503);
        assertThat(took).isLessThan(ANSWER_WITHIN);
        assertThat(down.getHeader("Retry-After")).isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
        assertThat(Jsoup.parse(down.getContentAsString(StandardCharsets.UTF_8))
                        .select("main p")
                        .text())
                .contains("revenez en arrière, ce que vous avez saisi y est encore");

        TestPostgres.proxy().restore();
        assertThat(firstStatusWithin("/contact", Duration.ofSeconds(5))).isEqualTo(200);
        assertThat(messagesStored()).as("nothing was stored during the outage").isZero();
        assertThat(mvc.perform(contact()).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(messagesStored()).as("the same form sent again is stored").isEqualTo(1);
    }

    @Test
    void answersTheFrenchBusyPageWithAShortRetryAfterWhenEveryConnectionIsInUseThoughTheDatabaseIsFine()
            throws Exception {
        String page = "/recherche?q=affluence-" + UUID.randomUUID();
        assertThat(get("/recherche?q=affluence-" + UUID.randomUUID()).statusCode())
                .as("the search page rendered once before")
                .isEqualTo(200);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        HttpResponse<String> busy;
        Duration took;
        try {
            while (held.size() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }
            long start = System.nanoTime();
            busy = get(page);
            took = Duration.ofNanos(System.nanoTime() - start);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(ANSWER_WITHIN);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue(DatabaseOutage.BUSY_RETRY_AFTER_SECONDS);
        assertThat(Jsoup.parse(busy.body()).select("h1").text()).isEqualTo("Site très sollicité");
        assertThat(get(page).statusCode())
                .as("served once connections are free")
                .isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls until the page answers 200 (the pool reconnects by itself) or the time is up: its last status. */
    private int firstStatusWithin(String path, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        int status;
        do {
            status = get(path).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        return status;
    }

    private int messagesStored() {
        return jdbc.sql("select count(*) from contact_message where sender_email = :e")
                .param("e", EMAIL)
                .query(Integer.class)
                .single();
    }

    private static MockHttpServletRequestBuilder contact() {
        return post("/contact")
                .with(csrf())
                .with(PublicForms.newClient())
                .param("name", "Camille Martin")
                .param("email", EMAIL)
                .param("organisation", "")
                .param("topic", "PRESS")
                .param("message", "Bonjour, une question sur l'adhésion pendant la panne.")
                .param("stamp", FormStamps.shownSecondsAgo(60))
                .param("website", "")
                .param("consent", "true");
    }
}
