package org.icmf.web.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the cache's bytes travel, as the reader's {@code Accept-Encoding} chooses among what the cache keeps. Brotli is
 * native code (brotli4j): where it cannot load, readers get gzip.
 */
enum ContentCoding {
    BROTLI("br", "-br"),
    GZIP("gzip", "-gz"),
    IDENTITY(null, "");

    /** Longer headers are not read: no browser sends one. */
    private static final int MAX_HEADER_LENGTH = 1000;
    /**
     * Quality 5 of 11: 6-11 % smaller than gzip on the seed's pages for 1.5 times its time, a fraction of a millisecond
     * once a page; quality 11 takes 10-13 ms a page for 10 % more (see docs/operations.md).
     */
    private static final int BROTLI_QUALITY = 5;

    private static final Logger log = LoggerFactory.getLogger(ContentCoding.class);
    static final boolean BROTLI_AVAILABLE = brotliLoads();

    /** The {@code Content-Encoding} value, null for the plain bytes. */
    final String token;
    /** Each representation of a page has its own strong ETag. */
    final String etagSuffix;

    ContentCoding(String token, String etagSuffix) {
        this.token = token;
        this.etagSuffix = etagSuffix;
    }

    /**
     * The coding the reader prefers among Brotli (if {@code brotli}) and gzip, Brotli when both are accepted with the
     * same quality; none listed or both refused ({@code q=0}): the plain bytes.
     */
    static ContentCoding preferred(String acceptEncoding, boolean brotli) {
        if (acceptEncoding == null || acceptEncoding.length() > MAX_HEADER_LENGTH) {
            return IDENTITY;
        }
        double brotliQuality = 0;
        double gzipQuality = 0;
        for (String coding : acceptEncoding.split(",")) {
            int semicolon = coding.indexOf(';');
            String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).strip();
            double quality = semicolon < 0 ? 1 : quality(coding.substring(semicolon + 1));
            if (name.equalsIgnoreCase(BROTLI.token)) {
                brotliQuality = quality;
            } else if (name.equalsIgnoreCase(GZIP.token)) {
                gzipQuality = quality;
            }
        }
        if (brotli && brotliQuality > 0 && brotliQuality >= gzipQuality) {
            return BROTLI;
        }
        return gzipQuality > 0 ? GZIP : IDENTITY;
    }

    /** The {@code q} parameter; an unreadable one counts as accepting, as before any quality was read. */
    private static double quality(String parameters) {
        for (String parameter : parameters.split(";")) {
            String candidate = parameter.strip();
            if (candidate.length() > 2 && (candidate.startsWith("q=") || candidate.startsWith("Q="))) {
                try {
                    return Double.parseDouble(candidate.substring(2));
                } catch (NumberFormatException unreadable) {
                    return 1;
                }
            }
        }
        return 1;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** Brotli bytes, or null where Brotli is unavailable. */
    static byte[] brotli(byte[] bytes) {
        if (!BROTLI_AVAILABLE) {
            return null;
        }
        try {
            return Encoder.compress(bytes, new Encoder.Parameters().setQuality(BROTLI_QUALITY));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static boolean brotliLoads() {
        if (Brotli4jLoader.isAvailable()) {
            return true;
        }
        log.info(
                "Brotli unavailable on this platform ({}): readers get gzip",
                String.valueOf(Brotli4jLoader.getUnavailabilityCause()));
        return false;
    }
}
