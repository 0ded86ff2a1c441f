package org.icmf.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code Accept-Encoding} chooses, whatever a client writes in it. */
class ContentCodingTests {

    @Test
    void prefersBrotliWhenAcceptedAsMuchAsGzip() {
        assertThat(ContentCoding.preferred("gzip, deflate, br, zstd", true)).isEqualTo(ContentCoding.BROTLI);
        assertThat(ContentCoding.preferred("BR;q=0.8, gzip;q=0.8", true)).isEqualTo(ContentCoding.BROTLI);
        assertThat(ContentCoding.preferred("br;q=0.5, gzip", true)).isEqualTo(ContentCoding.GZIP);
    }

    @Test
    void neverSendsACodingRefusedWithQualityZero() {
        assertThat(ContentCoding.preferred("br;q=0, gzip", true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred("br; q=0.000, gzip;q=0", true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred("gzip;q=0", true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred("deflate, identity", true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred(null, true)).isEqualTo(ContentCoding.IDENTITY);
    }

    @Test
    void fallsBackToGzipWhereBrotliIsUnavailable() {
        assertThat(ContentCoding.preferred("br, gzip", false)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred("br", false)).isEqualTo(ContentCoding.IDENTITY);
    }

    @Test
    void readsHostileHeadersWithoutFailing() {
        assertThat(ContentCoding.preferred("gzip;q=abc", true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred(";;;,,,;q=;q", true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.preferred("br;q=NaN, gzip", true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.preferred("gzip, " + "x;".repeat(1000), true)).isEqualTo(ContentCoding.IDENTITY);
    }
}
