package org.icmf.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.icmf.web.SpamGuard;
import org.icmf.web.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate limit of the public requests that make the site write to an address (sign-up, "renvoyer le courriel"):
 * counted per client address and per e-mail, both as keyed hashes, in PostgreSQL and under a lock per address and
 * per e-mail, so that parallel requests and several instances are counted one after the other.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MailRequests {

    private final JdbcClient jdbc;
    private final SpamGuard guard;
    private final Clock clock;

    MailRequests(JdbcClient jdbc, SpamGuard guard, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Counts one more request, unless this client address or e-mail made as many as allowed within the window.
     *
     * @throws Registrations.TooFrequentException when it did; nothing is counted then
     */
    void admit(String addressHash, String email) {
        String emailHash = guard.emailHash(email);
        TransactionLocks.hold(jdbc, "events:address:" + addressHash);
        TransactionLocks.hold(jdbc, "events:email:" + emailHash);
        Instant since = guard.rateWindowStart();
        if (guard.tooFrequent(count("address_hash", addressHash, since), count("email_hash", emailHash, since))) {
            throw new Registrations.TooFrequentException();
        }
        jdbc.sql(
                        "insert into event_mail_request (address_hash, email_hash, created_at) values (:address, :email, :now)")
                .param("address", addressHash)
                .param("email", emailHash)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Forgets the requests older than the rate window: they count no more. */
    int purge() {
        return jdbc.sql("delete from event_mail_request where created_at < :since")
                .param("since", Timestamp.from(guard.rateWindowStart()))
                .update();
    }

    private long count(String column, String hash, Instant since) {
        return jdbc.sql("select count(*) from event_mail_request where " + column + " = :hash and created_at >= :since")
                .param("hash", hash)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }
}
