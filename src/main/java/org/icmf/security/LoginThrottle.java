package org.icmf.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts every login attempt in PostgreSQL before its password is checked, so that parallel attempts cannot slip
 * past the count, and on every instance. Attempts are counted per client address and e-mail pair (a success clears
 * the pair) and per client address whatever the e-mail. Past {@code maxFailures} (per pair) or
 * {@code maxFailuresPerAddress}, each try must wait after the previous one, {@code firstDelay} then twice as long
 * each time up to {@code maxDelay}. Failures from one address never hold back another: nobody can lock a board
 * member out of her own address. Counting the e-mail typed, existing or not, reveals nothing about accounts.
 */
@Service
class LoginThrottle {

    /** When a row may try again: at once while under its limit, then after a delay doubling with each failure. */
    private static final String MAY_TRY_AGAIN = """
            t.last_failure_at + make_interval(secs => case when t.failures < :limit then 0
                else least(:firstDelay * power(2, least(t.failures - :limit, 30)), :maxDelay) end) <= :now""";

    private final JdbcClient jdbc;
    private final SecurityProperties.Login limits;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.limits = properties.login();
        this.clock = clock;
    }

    /**
     * Counts this attempt as a failure before it is made; false when the address, or the address and e-mail
     * pair, must wait (the attempt is then not counted).
     */
    @Transactional
    boolean reserve(String email, String remoteAddress) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        forgetFailuresBefore(now.minus(limits.forgetAfter()));
        byte[] address = digest(remoteAddress);
        boolean addressMayTry = count("""
                insert into security_login_address as t (address_key, failures, last_failure_at)
                values (:address, 1, :now)
                on conflict (address_key) do update set failures = t.failures + 1, last_failure_at = :now
                where""", limits.maxFailuresPerAddress(), now, address, null);
        if (!addressMayTry) {
            return false;
        }
        boolean pairMayTry = count("""
                insert into security_login_pair as t (address_key, email_key, failures, last_failure_at)
                values (:address, :email, 1, :now)
                on conflict (address_key, email_key) do update set failures = t.failures + 1, last_failure_at = :now
                where""", limits.maxFailures(), now, address, digest(BoardAccounts.normalise(email)));
        if (!pairMayTry) {
            uncountAddress(address);
        }
        return pairMayTry;
    }

    /** The attempt succeeded: its pair starts afresh and the address no longer counts it. */
    @Transactional
    void succeeded(String email, String remoteAddress) {
        byte[] address = digest(remoteAddress);
        // Rows are locked in the order reserve() locks them, address first: no deadlock between the two.
        uncountAddress(address);
        jdbc.sql("delete from security_login_pair where address_key = :address and email_key = :email")
                .param("address", address)
                .param("email", digest(BoardAccounts.normalise(email)))
                .update();
    }

    /** Runs an upsert counting one more failure unless the row must wait; true when it counted. */
    private boolean count(String upsert, int limit, OffsetDateTime now, byte[] address, byte[] email) {
        var statement = jdbc.sql(upsert + " " + MAY_TRY_AGAIN + " returning failures")
                .param("address", address)
                .param("now", now)
                .param("limit", limit)
                .param("firstDelay", (double) limits.firstDelay().toSeconds())
                .param("maxDelay", (double) limits.maxDelay().toSeconds());
        if (email != null) {
            statement = statement.param("email", email);
        }
        return statement.query(Integer.class).optional().isPresent();
    }

    private void uncountAddress(byte[] address) {
        jdbc.sql(
                        "update security_login_address set failures = failures - 1 where address_key = :address and failures > 0")
                .param("address", address)
                .update();
    }

    /** Deletes old rows, skipping those another attempt holds, so that concurrent attempts never wait on each other. */
    private void forgetFailuresBefore(OffsetDateTime before) {
        jdbc.sql("""
                delete from security_login_address where address_key in (select address_key from security_login_address
                    where last_failure_at < :before for update skip locked)""").param("before", before).update();
        jdbc.sql("""
                delete from security_login_pair where (address_key, email_key) in (select address_key, email_key
                    from security_login_pair where last_failure_at < :before for update skip locked)""").param("before", before).update();
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
