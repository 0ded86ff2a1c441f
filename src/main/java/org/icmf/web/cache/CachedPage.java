package org.icmf.web.cache;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A rendered page as the cache keeps it: its headers and its bytes, named by a strong ETag computed once, and gzipped
 * or in Brotli (where brotli4j loads) once a reader asks for that coding: a page rendered for one reader is not
 * compressed in codings nobody may ask for. A page with forms is kept in pieces around its per-reader fields (the
 * CSRF token, the form stamp), filled in for each reader; it has no ETag, since no two readers get the same bytes.
 */
record CachedPage(
        String contentType,
        Map<String, List<String>> headers,
        List<byte[]> pieces,
        List<Field> fields,
        byte[] gzipped,
        byte[] brotli,
        String etag,
        long storedAt) {

    /** A field filled in per reader: its value follows {@link #marker} in the HTML. */
    enum Field {
        CSRF("name=\"_csrf\" value=\""),
        STAMP("name=\"stamp\" value=\"");

        final String marker;

        Field(String marker) {
            this.marker = marker;
        }
    }

    static CachedPage of(String contentType, Map<String, List<String>> headers, byte[] body, long storedAt) {
        List<byte[]> pieces = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        if (contentType.startsWith("text/html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int from = 0;
            while (true) {
                Field next = null;
                int at = -1;
                for (Field field : Field.values()) {
                    int found = html.indexOf(field.marker, from);
                    if (found >= 0 && (at < 0 || found < at)) {
                        next = field;
                        at = found;
                    }
                }
                int valueEnd = next == null ? -1 : html.indexOf('"', at + next.marker.length());
                if (valueEnd < 0) {
                    break;
                }
                pieces.add(html.substring(from, at + next.marker.length()).getBytes(StandardCharsets.UTF_8));
                fields.add(next);
                from = valueEnd;
            }
            pieces.add(fields.isEmpty() ? body : html.substring(from).getBytes(StandardCharsets.UTF_8));
        } else {
            pieces.add(body);
        }
        boolean fixed = fields.isEmpty();
        return new CachedPage(
                contentType,
                headers,
                List.copyOf(pieces),
                List.copyOf(fields),
                null,
                null,
                fixed ? etag(body) : null,
                storedAt);
    }

    /** This page without per-reader fields, with its bytes in {@code coding} too (itself when it has them). */
    CachedPage encodedIn(ContentCoding coding) {
        if (encoded(coding) != null) {
            return this;
        }
        return new CachedPage(
                contentType,
                headers,
                pieces,
                fields,
                coding == ContentCoding.GZIP ? ContentCoding.gzip(plain()) : gzipped,
                coding == ContentCoding.BROTLI ? ContentCoding.brotli(plain()) : brotli,
                etag,
                storedAt);
    }

    boolean hasFields(Field field) {
        return fields.contains(field);
    }

    /** The bytes of a page without per-reader fields. */
    byte[] plain() {
        return pieces.get(0);
    }

    /** The bytes of a page without per-reader fields as they travel in {@code coding}; null until compressed. */
    byte[] encoded(ContentCoding coding) {
        return switch (coding) {
            case BROTLI -> brotli;
            case GZIP -> gzipped;
            case IDENTITY -> plain();
        };
    }

    /** The bytes for one reader, each field's value given in {@link Field} order. */
    byte[] fill(String csrfToken, String stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(weight());
        for (int i = 0; i < pieces.size(); i++) {
            out.writeBytes(pieces.get(i));
            if (i < fields.size()) {
                String value = fields.get(i) == Field.CSRF ? csrfToken : stamp;
                out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** The memory taken, roughly: what the weigher counts against {@code icmf.cache.maximum-size}. */
    int weight() {
        int bytes = 256;
        for (byte[] piece : pieces) {
            bytes += piece.length;
        }
        return bytes + (gzipped == null ? 0 : gzipped.length) + (brotli == null ? 0 : brotli.length);
    }

    /** Strong: a hash of the plain bytes; compressed bytes are other representations, hence other tags. */
    private static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
