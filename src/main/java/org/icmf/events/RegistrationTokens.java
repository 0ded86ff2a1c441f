package org.icmf.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal links e-mailed to registrants: a 256-bit random token per e-mail, of which only the SHA-256
 * hash is stored, so a copy of the database opens no registration. Each is valid until some days after the
 * event; a new one is minted for every e-mail (confirmation, reminder, …) and the earlier ones stay valid.
 */
@Component
class RegistrationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;

    RegistrationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String mint(long registrationId, Instant now, Instant expiresAt) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into event_registration_token (token_hash, registration_id, created_at, expires_at)
                values (:hash, :registration, :now, :expires)""")
                .param("hash", hash(token)).param("registration", registrationId)
                .param("now", java.sql.Timestamp.from(now)).param("expires", java.sql.Timestamp.from(expiresAt))
                .update();
        return token;
    }

    /** The registration a token opens, if the token is well-formed, known and not expired. */
    Optional<Long> registrationId(String token, Instant now) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("select registration_id from event_registration_token where token_hash = :hash and expires_at > :now")
                .param("hash", hash(token)).param("now", java.sql.Timestamp.from(now))
                .query(Long.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
