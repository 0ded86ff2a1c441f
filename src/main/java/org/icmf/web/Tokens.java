package org.icmf.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secrets of e-mailed links (registration, confirmation, RGPD): 256 random bits written URL-safe, of
 * which only the SHA-256 hash is stored, so that a copy of the database opens nothing.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private Tokens() {}

    /** A new token: 43 characters of {@code [A-Za-z0-9_-]}. */
    public static String random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string has a token's shape, checked before any lookup. */
    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /**
     * Whether a mailed link still does what it was sent for: the token is well formed and {@code countQuery} (a
     * count taking {@code :hash} and {@code :now}) finds its row. The link's page shows its button only then.
     */
    public static boolean stillValid(JdbcClient jdbc, String countQuery, String token, Instant now) {
        return wellFormed(token)
                && jdbc.sql(countQuery)
                                .param("hash", hash(token))
                                .param("now", Timestamp.from(now))
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /** The hex SHA-256 of a token, as stored. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
