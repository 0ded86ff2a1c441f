package org.icmf.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses logins for an e-mail, or from an address, that failed {@code maxFailures} times within the
 * window. Failures live in PostgreSQL, so the limit holds across restarts and several app instances, and
 * counting by the e-mail typed (existing or not) reveals nothing about which accounts exist.
 */
@Service
class LoginThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties.Login limits;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.limits = properties.login();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isBlocked(String email, String remoteAddress) {
        Timestamp since = Timestamp.from(clock.instant().minus(limits.window()));
        long failures = jdbc.sql("""
                        select greatest(
                            (select count(*) from security_login_failure where email = :email and failed_at > :since),
                            (select count(*) from security_login_failure where remote_address = :address and failed_at > :since))""")
                .param("email", BoardAccounts.normalise(email))
                .param("address", remoteAddress)
                .param("since", since)
                .query(Long.class).single();
        return failures >= limits.maxFailures();
    }

    @Transactional
    void recordFailure(String email, String remoteAddress) {
        Instant now = clock.instant();
        jdbc.sql("insert into security_login_failure (email, remote_address, failed_at) values (:email, :address, :at)")
                .param("email", truncate(BoardAccounts.normalise(email), 254))
                .param("address", truncate(remoteAddress, 64))
                .param("at", Timestamp.from(now))
                .update();
        // Old rows are useless; removing them here keeps the table small without a scheduler.
        jdbc.sql("delete from security_login_failure where failed_at < :before")
                .param("before", Timestamp.from(now.minus(limits.window()).minus(limits.window())))
                .update();
    }

    @Transactional
    void clear(String email) {
        jdbc.sql("delete from security_login_failure where email = :email")
                .param("email", BoardAccounts.normalise(email)).update();
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
