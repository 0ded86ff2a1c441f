package org.icmf.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rate limits of the forms that mail a typed address ({@code /mes-donnees}, {@code /adherer}), counted in
 * PostgreSQL under advisory locks so that parallel requests and several instances count as one: per client address
 * (every attempt, {@code icmf.spam.*}) and per e-mail (at most one mail per {@code mail-interval} and
 * {@code mails-per-hour} an hour). The e-mail is counted whether or not the site knows it, so a limit reached says
 * nothing about the address.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class FormAttempts {

    public enum Outcome {
        /** within the limits: the form may mail the address */
        ACCEPTED,
        /** this client sent too many forms within the window */
        CLIENT_TOO_FREQUENT,
        /** the address was mailed very recently, or too often this hour */
        EMAIL_TOO_FREQUENT
    }

    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final SpamGuard guard;
    private final SpamProperties properties;
    private final Clock clock;

    FormAttempts(JdbcClient jdbc, SpamGuard guard, SpamProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts an attempt of a form (its name, e.g. {@code APPLICATION}) for an e-mail (normalised) from a client
     * address (hashed) and judges it.
     */
    public Outcome record(String form, String email, String addressHash) {
        TransactionLocks.hold(jdbc, form + ":address:" + addressHash);
        TransactionLocks.hold(jdbc, form + ":email:" + email);
        Instant now = clock.instant();
        // Every count runs whatever the first ones say: the same statements for every outcome.
        long fromAddress = countFromAddressSince(form, addressHash, guard.rateWindowStart());
        long inInterval = countForEmailSince(form, email, now.minus(properties.mailInterval()));
        long inHour = countForEmailSince(form, email, now.minus(HOUR));
        Outcome outcome;
        if (guard.tooFrequent(fromAddress, 0)) {
            outcome = Outcome.CLIENT_TOO_FREQUENT;
        } else if (inInterval > 0 || inHour >= properties.mailsPerHour()) {
            outcome = Outcome.EMAIL_TOO_FREQUENT;
        } else {
            outcome = Outcome.ACCEPTED;
        }
        jdbc.sql("insert into form_attempt (form, email, address_hash, accepted, created_at) "
                        + "values (:form, :email, :hash, :accepted, :now)")
                .param("form", form)
                .param("email", email)
                .param("hash", addressHash)
                .param("accepted", outcome == Outcome.ACCEPTED)
                .param("now", Timestamp.from(now))
                .update();
        return outcome;
    }

    /** Forgets the attempts of an address (its owner asked for erasure). */
    public int erase(String email) {
        return jdbc.sql("delete from form_attempt where email = :email")
                .param("email", email)
                .update();
    }

    /** How often one address may be mailed by one form: the pages that mail say so. */
    public Duration mailInterval() {
        return properties.mailInterval();
    }

    /** Forgets attempts older than any limit counts (a day), every night with the expired links. */
    public int purge() {
        return jdbc.sql("delete from form_attempt where created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private long countFromAddressSince(String form, String addressHash, Instant since) {
        return jdbc.sql("select count(*) from form_attempt where form = :form and address_hash = :hash "
                        + "and created_at >= :since")
                .param("form", form)
                .param("hash", addressHash)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private long countForEmailSince(String form, String email, Instant since) {
        return jdbc.sql("select count(*) from form_attempt where form = :form and email = :email "
                        + "and accepted and created_at >= :since")
                .param("form", form)
                .param("email", email)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }
}
