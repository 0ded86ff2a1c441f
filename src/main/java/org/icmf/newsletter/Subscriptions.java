package org.icmf.newsletter;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.mail.MailOutbox;
import org.icmf.web.EmailAddresses;
import org.icmf.web.FormAttempts;
import org.icmf.web.SiteProperties;
import org.icmf.web.Tokens;
import org.icmf.web.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives the newsletter. A visitor's address is subscribed only once its owner confirmed it from the mail
 * sent to it (double opt-in); a member ticks it in their space, already signed in by their address
 * ({@link #subscribeConfirmed}). Each consent is recorded with its date and source, and each withdrawal too.
 * Addresses never confirmed are deleted once their link expired, unsubscribed ones after
 * {@code icmf.newsletter.unsubscribed-retention}.
 */
@Service
@Transactional
public class Subscriptions {

    /** Where a consent was given or withdrawn. */
    public enum Source {
        /** the form at {@code /lettre}, confirmed from the mail */
        FORM,
        /** the members' space */
        MEMBERS_SPACE,
        /** the unsubscribe link of an issue, or the mail client's one-click unsubscribe */
        MAIL_LINK,
        /** "Mes données" */
        PERSONAL_DATA
    }

    /** A confirmed subscription: when and through what its owner consented. */
    public record Consent(Instant givenAt, Source source) {}

    static final String CONFIRM_TEMPLATE = "newsletter/confirm";
    static final String CONFIRM_PATH = "/lettre/confirmation/";
    static final String UNSUBSCRIBE_PATH = "/lettre/desabonnement/";

    private final JdbcClient jdbc;
    private final FormAttempts attempts;
    private final MailOutbox outbox;
    private final SiteProperties site;
    private final NewsletterProperties properties;
    private final Clock clock;

    Subscriptions(
            JdbcClient jdbc,
            FormAttempts attempts,
            MailOutbox outbox,
            SiteProperties site,
            NewsletterProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.outbox = outbox;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether this address receives the newsletter (a confirmed subscription). */
    @Transactional(readOnly = true)
    public boolean isSubscribed(String email) {
        return consent(email).isPresent();
    }

    /** The consent of a confirmed subscription; empty when the address does not receive the newsletter. */
    @Transactional(readOnly = true)
    public Optional<Consent> consent(String email) {
        return jdbc.sql("select consented_at, consent_source from newsletter_subscriber "
                        + "where email = :email and status = 'CONFIRMED'")
                .param("email", EmailAddresses.normalise(email))
                .query((row, n) -> new Consent(row.getTimestamp(1).toInstant(), Source.valueOf(row.getString(2))))
                .optional();
    }

    /**
     * Subscribes an address whose owner is known to hold it (a member signed in to their space): confirmed at once,
     * the consent dated now with {@code source}. An address already subscribed keeps its first consent.
     */
    public void subscribeConfirmed(String email, Source source) {
        String address = EmailAddresses.normalise(email);
        lock(address);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into newsletter_subscriber (email, status, created_at, consented_at, consent_source)
                values (:email, 'CONFIRMED', :now, :now, :source)
                on conflict (email) do update set status = 'CONFIRMED', consented_at = :now, consent_source = :source,
                    confirm_token_hash = null, confirm_expires_at = null, unsubscribed_at = null, unsubscribe_source = null
                where newsletter_subscriber.status <> 'CONFIRMED'""")
                .param("email", address)
                .param("now", now)
                .param("source", source.name())
                .update();
    }

    /** Stops the newsletter to this address (a pending confirmation too), recording when and through what. */
    public void unsubscribe(String email, Source source) {
        String address = EmailAddresses.normalise(email);
        lock(address);
        jdbc.sql("""
                update newsletter_subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = :now,
                    unsubscribe_source = :source, confirm_token_hash = null, confirm_expires_at = null
                where email = :email and status <> 'UNSUBSCRIBED'""")
                .param("email", address)
                .param("now", Timestamp.from(clock.instant()))
                .param("source", source.name())
                .update();
    }

    /**
     * A visitor asks, at {@code /lettre}, to receive the newsletter: within the rate limits ({@link FormAttempts})
     * an address not subscribed yet is mailed a confirmation link; one already subscribed is mailed nothing, and
     * the visitor is told the same either way. Only {@code CLIENT_TOO_FREQUENT} is worth telling (it says nothing
     * about the address).
     */
    FormAttempts.Outcome request(String email, String addressHash) {
        String address = EmailAddresses.normalise(email);
        FormAttempts.Outcome outcome = attempts.record("NEWSLETTER", address, addressHash);
        if (outcome != FormAttempts.Outcome.ACCEPTED) {
            return outcome;
        }
        lock(address);
        String token = Tokens.random();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into newsletter_subscriber (email, status, created_at, confirm_token_hash, confirm_expires_at)
                values (:email, 'PENDING', :now, :hash, :expires)
                on conflict (email) do update set status = 'PENDING', confirm_token_hash = :hash,
                    confirm_expires_at = :expires
                where newsletter_subscriber.status <> 'CONFIRMED'
                returning id""")
                .param("email", address)
                .param("now", Timestamp.from(now))
                .param("hash", Tokens.hash(token))
                .param("expires", Timestamp.from(now.plus(properties.confirmationValidity())))
                .query(Long.class)
                .optional()
                .ifPresent(id -> mailConfirmation(address, token, id));
        return outcome;
    }

    /** Sends the confirmation link again with a fresh token (the admin's "Renvoyer"); false when nothing waits. */
    boolean reissueConfirmation(long subscriberId) {
        String token = Tokens.random();
        Instant now = clock.instant();
        return jdbc.sql("""
                        update newsletter_subscriber set confirm_token_hash = :hash, confirm_expires_at = :expires
                        where id = :id and status = 'PENDING' returning email""")
                .param("id", subscriberId)
                .param("hash", Tokens.hash(token))
                .param("expires", Timestamp.from(now.plus(properties.confirmationValidity())))
                .query(String.class)
                .optional()
                .map(email -> {
                    mailConfirmation(email, token, subscriberId);
                    return true;
                })
                .orElse(false);
    }

    private void mailConfirmation(String address, String token, long subscriberId) {
        // The visitor typed the address, nothing else: the mail quotes nothing of theirs.
        outbox.queueWithLink(
                address,
                CONFIRM_TEMPLATE,
                Map.of(
                        "link", site.absoluteUrl(CONFIRM_PATH + token),
                        "days", properties.confirmationValidity().toDays()),
                subscriberId);
    }

    /** Whether a confirmation link still waits to be used. */
    @Transactional(readOnly = true)
    boolean confirmable(String token) {
        return Tokens.stillValid(
                jdbc,
                "select count(*) from newsletter_subscriber where confirm_token_hash = :hash "
                        + "and status = 'PENDING' and confirm_expires_at > :now",
                token,
                clock.instant());
    }

    /** Confirms the subscription a link was mailed for, once: false for an unknown, used or expired link. */
    boolean confirm(String token) {
        if (!Tokens.wellFormed(token)) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update newsletter_subscriber set status = 'CONFIRMED', consented_at = :now, consent_source = 'FORM',
                            confirm_token_hash = null, confirm_expires_at = null, unsubscribed_at = null,
                            unsubscribe_source = null
                        where confirm_token_hash = :hash and status = 'PENDING' and confirm_expires_at > :now""").param("hash", Tokens.hash(token)).param("now", now).update() == 1;
    }

    /** Whether an unsubscribe link (of one mailed issue) is known. */
    @Transactional(readOnly = true)
    boolean knownUnsubscribeLink(String token) {
        return subscriberOfLink(token).isPresent();
    }

    /**
     * Unsubscribes the address an issue's link was mailed to: false for an unknown link; true again for a link
     * already used (RFC 8058 asks the same answer of a repeated one-click POST).
     */
    boolean unsubscribeByLink(String token) {
        Optional<Long> subscriber = subscriberOfLink(token);
        subscriber.ifPresent(id -> jdbc.sql("""
                        update newsletter_subscriber set status = 'UNSUBSCRIBED', unsubscribed_at = :now,
                            unsubscribe_source = 'MAIL_LINK'
                        where id = :id and status = 'CONFIRMED'""")
                .param("id", id)
                .param("now", Timestamp.from(clock.instant()))
                .update());
        return subscriber.isPresent();
    }

    private Optional<Long> subscriberOfLink(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select subscriber_id from newsletter_delivery where unsubscribe_token_hash = :hash")
                .param("hash", Tokens.hash(token))
                .query(Long.class)
                .optional();
    }

    /** Every night, one instance at a time (ShedLock). */
    @Scheduled(cron = "${icmf.newsletter.purge-cron:0 45 4 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "newsletter.purge")
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the subscriptions never confirmed in time, and those unsubscribed longer ago than kept. */
    int purge() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        delete from newsletter_subscriber
                        where (status = 'PENDING' and confirm_expires_at < :now)
                           or (status = 'UNSUBSCRIBED' and unsubscribed_at < :unsubscribedBefore)""")
                .param("now", Timestamp.from(now))
                .param("unsubscribedBefore", Timestamp.from(now.minus(properties.unsubscribedRetention())))
                .update();
    }

    /** Subscriptions of one address happen one after the other (form, members' space, links). */
    private void lock(String address) {
        TransactionLocks.hold(jdbc, "newsletter:" + address);
    }
}
