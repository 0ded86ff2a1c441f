package org.icmf.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The cache's bounds: the memory it may take, and what it serves when pages can no longer be rendered. */
class ReaderCacheLimitsTests {

    private Instant now = Instant.parse("2026-12-03T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private final ReaderCache cache = new ReaderCache(
            new CacheProperties(
                    true,
                    DataSize.ofKilobytes(100),
                    Duration.ofMinutes(1),
                    Duration.ofSeconds(1),
                    DataSize.ofKilobytes(32)),
            new ContentVersions(
                    null,
                    new CacheProperties(
                            true, DataSize.ofKilobytes(100), null, Duration.ofSeconds(1), DataSize.ofKilobytes(32))),
            null,
            null,
            "SESSION",
            clock);

    private static FilterChain page(int status, String text) {
        return (request, response) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse get(String path, FilterChain chain) throws Exception {
        return get(path, chain, null);
    }

    private MockHttpServletResponse get(String path, FilterChain chain, String acceptEncoding) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (acceptEncoding != null) {
            request.addHeader("Accept-Encoding", acceptEncoding);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response;
    }

    @Test
    void staysWithinItsByteLimit() throws Exception {
        for (int i = 0; i < 40; i++) {
            get("/page-" + i, page(200, ("<p>page " + i + "</p>").repeat(1000)));
        }

        assertThat(cache.weightedSize())
                .isPositive()
                .isLessThanOrEqualTo(DataSize.ofKilobytes(100).toBytes());
    }

    @Test
    void compressesAPageInACodingOnlyOnceAReaderAsksForItAndCountsItAgainstTheLimit() throws Exception {
        byte[] plain = ("<p>page</p>" + "<p>une ligne de plus</p>".repeat(500)).getBytes(StandardCharsets.UTF_8);
        CachedPage kept = CachedPage.of("text/html;charset=UTF-8", Map.of(), plain, 0);
        byte[] gzipped = kept.encodedIn(ContentCoding.GZIP).gzipped();
        byte[] brotli = kept.encodedIn(ContentCoding.BROTLI).brotli();
        FilterChain page = page(200, new String(plain, StandardCharsets.UTF_8));

        get("/", page);
        long plainOnly = cache.weightedSize();
        MockHttpServletResponse zipped = get("/", page, "gzip");
        MockHttpServletResponse inBrotli = get("/", page, "br, gzip");

        assertThat(plainOnly).isGreaterThanOrEqualTo(plain.length);
        assertThat(zipped.getContentAsByteArray()).isEqualTo(gzipped);
        assertThat(inBrotli.getContentAsByteArray()).isNotEmpty().isEqualTo(brotli);
        assertThat(cache.weightedSize()).isEqualTo(plainOnly + gzipped.length + brotli.length);
    }

    @Test
    void servesWhatItHoldsWhenThePageCanNoLongerBeRendered() throws Exception {
        get("/", page(200, "<p>Bienvenue</p>"));
        now = now.plus(Duration.ofMinutes(5));

        MockHttpServletResponse answer = get("/", page(503, "<p>Indisponible</p>"));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeader("X-Cache")).isEqualTo("STALE");
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Bienvenue</p>");
    }

    @Test
    void servesAnExpiredPageAsItWasWhileAnotherReaderRendersItAgain() throws Exception {
        get("/", page(200, "<p>Avant</p>"));
        now = now.plus(Duration.ofMinutes(2));
        MockHttpServletResponse[] meanwhile = new MockHttpServletResponse[1];

        MockHttpServletResponse answer = get("/", (request, response) -> {
            try {
                meanwhile[0] = get("/", page(200, "<p>Pendant</p>"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            page(200, "<p>Après</p>").doFilter(request, response);
        });

        assertThat(meanwhile[0].getHeader("X-Cache")).isEqualTo("STALE");
        assertThat(meanwhile[0].getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Avant</p>");
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Après</p>");
        assertThat(get("/", page(200, "<p>Plus tard</p>")).getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("<p>Après</p>");
    }

    @Test
    void rendersAgainAPageOlderThanItsTimeToLive() throws Exception {
        get("/", page(200, "<p>Avant</p>"));
        now = now.plus(Duration.ofMinutes(2));

        MockHttpServletResponse answer = get("/", page(200, "<p>Après</p>"));

        assertThat(answer.getHeader("X-Cache")).isEqualTo("MISS");
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Après</p>");
    }
}
