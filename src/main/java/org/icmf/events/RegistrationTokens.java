package org.icmf.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.icmf.web.Tokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links e-mailed about registrations: a {@link Tokens} token per e-mail, of which only the SHA-256 hash is
 * stored, so a copy of the database opens no registration. Each token serves one purpose: the personal link (see,
 * cancel; valid until some days after the event, a new one per e-mail, the earlier ones staying valid) or the
 * confirmation of a sign-up's address (valid until the sign-up expires, used once).
 */
@Component
class RegistrationTokens {

    enum Purpose {
        LINK,
        CONFIRMATION
    }

    private final JdbcClient jdbc;

    RegistrationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String mint(long registrationId, Purpose purpose, Instant now, Instant expiresAt) {
        String token = Tokens.random();
        jdbc.sql("""
                insert into event_registration_token (token_hash, registration_id, purpose, created_at, expires_at)
                values (:hash, :registration, :purpose, :now, :expires)""")
                .param("hash", Tokens.hash(token))
                .param("registration", registrationId)
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expiresAt))
                .update();
        return token;
    }

    /** The registration a token opens for this purpose, if the token is well-formed, known and not expired. */
    Optional<Long> registrationId(String token, Purpose purpose, Instant now) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select registration_id from event_registration_token
                where token_hash = :hash and purpose = :purpose and expires_at > :now""")
                .param("hash", Tokens.hash(token))
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
    }

    /** Once an address is confirmed, its confirmation links open nothing any more. */
    void forgetConfirmations(long registrationId) {
        jdbc.sql(
                        "delete from event_registration_token where registration_id = :registration and purpose = 'CONFIRMATION'")
                .param("registration", registrationId)
                .update();
    }
}
