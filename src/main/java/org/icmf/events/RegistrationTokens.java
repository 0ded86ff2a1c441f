package org.icmf.events;

import java.time.Instant;
import java.util.Optional;

import org.icmf.web.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal links e-mailed to registrants: a {@link Tokens} token per e-mail, of which only the SHA-256
 * hash is stored, so a copy of the database opens no registration. Each is valid until some days after the
 * event; a new one is minted for every e-mail (confirmation, reminder, …) and the earlier ones stay valid.
 */
@Component
class RegistrationTokens {

    private final JdbcClient jdbc;

    RegistrationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String mint(long registrationId, Instant now, Instant expiresAt) {
        String token = Tokens.random();
        jdbc.sql("""
                insert into event_registration_token (token_hash, registration_id, created_at, expires_at)
                values (:hash, :registration, :now, :expires)""")
                .param("hash", Tokens.hash(token)).param("registration", registrationId)
                .param("now", java.sql.Timestamp.from(now)).param("expires", java.sql.Timestamp.from(expiresAt))
                .update();
        return token;
    }

    /** The registration a token opens, if the token is well-formed, known and not expired. */
    Optional<Long> registrationId(String token, Instant now) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select registration_id from event_registration_token where token_hash = :hash and expires_at > :now")
                .param("hash", Tokens.hash(token)).param("now", java.sql.Timestamp.from(now))
                .query(Long.class).optional();
    }
}
